// The case summary for Seller Support, as the host words it from the saved data, shown and copied
// to the clipboard in one press: what a seller pastes into a contact or reads out on a call-back.
import { useEffect, useId, useState } from 'react';
import { useApi } from '../../app/api-context';
import { useTranslator } from '../../i18n/i18n-context';
import { failureOf, failureText, type Failure } from '../../state/failure';

export function CaseSummary({ notificationId, appealId }: { notificationId?: string; appealId?: string }) {
  const api = useApi();
  const i18n = useTranslator();
  const headingId = useId();
  const [text, setText] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [problem, setProblem] = useState<Failure | null>(null);

  useEffect(() => {
    let current = true;
    setCopied(false);
    api
      .invoke('support.caseSummary', {
        ...(notificationId === undefined ? {} : { notificationId }),
        ...(appealId === undefined ? {} : { appealId }),
      })
      .then(
        (answer) => current && (setText(answer.text), setProblem(null)),
        (error: unknown) => current && setProblem(failureOf('support.action.summary', error)),
      );
    return () => {
      current = false;
    };
    // The language is part of the words: ask again when it changes.
  }, [api, notificationId, appealId, i18n.locale]);

  function copy() {
    if (text === null) return;
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      (error: unknown) => setProblem(failureOf('support.action.copy', error)),
    );
  }

  return (
    <section aria-labelledby={headingId} className="case-summary">
      <h3 id={headingId}>{i18n.t('support.summary.heading')}</h3>
      {problem && <p role="alert">{failureText(i18n, problem)}</p>}
      <textarea
        aria-labelledby={headingId}
        readOnly
        rows={Math.min(14, (text ?? '').split('\n').length + 1)}
        value={text ?? ''}
      />
      <span className="link-row">
        <button type="button" onClick={copy} disabled={text === null}>
          {i18n.t('support.summary.copy')}
        </button>
        <span role="status">{copied ? i18n.t('support.summary.copied') : ''}</span>
      </span>
    </section>
  );
}
