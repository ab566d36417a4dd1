// Everything that is wrong right now, above the content: a failed check, a lost link to the
// host, a failed action, a store file that had to be repaired. The host's own words (the
// check's error, the recovery's message) are shown as the host wrote them.
import type { Translator } from '../../main/core/i18n/translator';
import type { Status } from '../../preload/contract';
import { formatMoment } from '../format/dates';
import { useTranslator } from '../i18n/i18n-context';
import { failureText } from '../state/failure';
import { Banner } from './Banner';
import { sentences } from './sentences';
import { useFlagwatch } from './store-context';
import { useNow } from './use-now';

export function Banners() {
  const status = useFlagwatch((s) => s.status);
  const connection = useFlagwatch((s) => s.connection);
  const problem = useFlagwatch((s) => s.problem);
  const recoveries = useFlagwatch((s) => s.recoveries);
  const dismissProblem = useFlagwatch((s) => s.dismissProblem);
  const dismissRecovery = useFlagwatch((s) => s.dismissRecovery);
  const i18n = useTranslator();
  const now = useNow();

  return (
    <div className="banners">
      {connection !== 'open' && (
        <Banner title={i18n.t('window.lostConnection.title')} tone="error">
          <p>{i18n.t('window.lostConnection.text')}</p>
        </Banner>
      )}
      {status?.error && (
        <Banner title={i18n.t('window.checkFailed.title')} tone="error">
          <p>{checkFailureText(i18n, status, now)}</p>
        </Banner>
      )}
      {problem && (
        <Banner title={i18n.t('window.problem.title')} tone="error" onDismiss={dismissProblem}>
          <p>{failureText(i18n, problem)}</p>
        </Banner>
      )}
      {recoveries.map((recovery) => (
        <Banner
          key={`${recovery.file}\n${recovery.movedTo}`}
          title={i18n.t('window.recovered.title')}
          tone="warning"
          onDismiss={() => dismissRecovery(recovery)}
        >
          <p>{recovery.message}</p>
          <p className="banner-detail">{i18n.t('window.recovered.keptAs', { path: recovery.movedTo })}</p>
        </Banner>
      ))}
    </div>
  );
}

function checkFailureText(i18n: Translator, status: Status, now: Date): string {
  const parts = [ensureStop(status.error ?? '')];
  if (status.lastSuccessAt)
    parts.push(i18n.t('window.checkFailed.shownAsOf', { time: formatMoment(i18n, status.lastSuccessAt, now) }));
  if (status.nextPollAt)
    parts.push(i18n.t('window.checkFailed.retryAt', { time: formatMoment(i18n, status.nextPollAt, now) }));
  return sentences(i18n, parts);
}

/** The host's message as a sentence of its own, ended the way its own language ends one. */
function ensureStop(text: string): string {
  if (/[.!?…。！？]$/.test(text)) return text;
  return /[\u3400-\u9fff]$/.test(text) ? `${text}。` : `${text}.`;
}
