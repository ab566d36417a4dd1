// One recorded attempt: when, through which channel, which version, the exact text and the files
// sent, and Amazon's answer, or a form to record it.
import { useId, useState } from 'react';
import { answerKinds, type Attempt } from '../../../../main/core/appeal/appeal-schema';
import { formatDateTime } from '../../../format/dates';
import { useTranslator } from '../../../i18n/i18n-context';
import type { AppealStore } from '../appeal-store';
import { AppealField } from '../AppealField';
import { attachmentText } from '../attachments';

type AnswerKind = (typeof answerKinds)[number];

export function AttemptItem({ attempt, index, store }: { attempt: Attempt; index: number; store: AppealStore }) {
  const i18n = useTranslator();
  const number = index + 1;
  const titleId = useId();
  return (
    <li className="attempt" aria-labelledby={titleId}>
      <h5 id={titleId}>
        {i18n.t('appeal.attempt.title', {
          number,
          when: formatDateTime(i18n, attempt.at),
          version: attempt.version,
        })}
      </h5>
      <p>
        {attempt.channel === null
          ? i18n.t('appeal.attempt.channelUnknown')
          : i18n.t('appeal.attempt.channel', { channel: i18n.t(`appeal.channel.${attempt.channel}`) })}
      </p>
      <details>
        <summary>{i18n.t('appeal.attempt.text', { number })}</summary>
        <pre className="attempt-text">{attempt.text}</pre>
      </details>
      {attempt.attachments.length > 0 && (
        <ul className="attachments" aria-label={i18n.t('appeal.attempt.attachments', { number })}>
          {attempt.attachments.map((a) => (
            <li key={`${a.name}-${a.sha256}`}>{attachmentText(i18n, a)}</li>
          ))}
        </ul>
      )}
      {attempt.answer ? (
        <div className="answer">
          <p>
            {i18n.t('appeal.attempt.answer', {
              kind: i18n.t(`appeal.answer.${attempt.answer.kind}`),
              when: formatDateTime(i18n, attempt.answer.at),
            })}
          </p>
          {attempt.answer.text.trim() !== '' && <blockquote className="amazon-text">{attempt.answer.text}</blockquote>}
        </div>
      ) : (
        <AnswerForm number={number} index={index} store={store} />
      )}
    </li>
  );
}

function AnswerForm({ number, index, store }: { number: number; index: number; store: AppealStore }) {
  const i18n = useTranslator();
  const id = useId();
  const [kind, setKind] = useState<AnswerKind>('rejected');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <fieldset className="answer-form">
      <legend>{i18n.t('appeal.answer.record', { number })}</legend>
      <div className="form-field">
        <label htmlFor={id}>{i18n.t('appeal.answer.kind', { number })}</label>
        <select id={id} value={kind} onChange={(e) => setKind(answerKinds.find((k) => k === e.target.value) ?? kind)}>
          {answerKinds.map((k) => (
            <option key={k} value={k}>
              {i18n.t(`appeal.answer.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <AppealField
        label={i18n.t('appeal.answer.text', { number })}
        value={text}
        onChange={setText}
        multiline
        rows={4}
      />
      <div className="form-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void store
              .getState()
              .recordAnswer(index, { kind, text, at: new Date().toISOString() })
              .finally(() => setBusy(false));
          }}
        >
          {i18n.t('appeal.answer.recordAction', { number })}
        </button>
      </div>
    </fieldset>
  );
}
