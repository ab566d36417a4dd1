// What "Test connection" says: that it is testing, then its answer, with when it was tested if
// the answer is one the host remembers from before. A success is a status; a failure an alert,
// since the seller has something to fix.
import { useNow } from '../../app/use-now';
import { formatMoment } from '../../format/dates';
import { useTranslator } from '../../i18n/i18n-context';
import type { ConnectionWords } from './connection-words';

export function TestAnswer({
  words,
  name,
  testing,
  answer,
  at,
}: {
  words: ConnectionWords;
  name: string;
  testing: boolean;
  /** The latest answer in words; none before the first test. */
  answer: { ok: boolean; text: string } | undefined;
  /** When the answer was found, if not in this window. */
  at: string | null;
}) {
  const i18n = useTranslator();
  const now = useNow();
  const label = i18n.t(`${words}.connectionLabel`, { name });
  if (testing) {
    return (
      <p role="status" aria-label={label}>
        {i18n.t(`${words}.testingConnection`)}
      </p>
    );
  }
  if (!answer) return null;
  return (
    <p role={answer.ok ? 'status' : 'alert'} aria-label={label} className={answer.ok ? 'test-ok' : 'test-failed'}>
      {at ? i18n.t(`${words}.testedAt`, { answer: answer.text, when: formatMoment(i18n, at, now) }) : answer.text}
    </p>
  );
}
