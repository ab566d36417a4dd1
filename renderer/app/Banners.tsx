// Everything that is wrong right now, above the content: a failed check, a lost link to the
// host, a failed action, a store file that had to be repaired.
import { formatMoment } from '../format/dates';
import type { Status } from '../../preload/contract';
import { Banner } from './Banner';
import { useFlagwatch } from './store-context';
import { useNow } from './use-now';

export function Banners() {
  const status = useFlagwatch((s) => s.status);
  const connection = useFlagwatch((s) => s.connection);
  const problem = useFlagwatch((s) => s.problem);
  const recoveries = useFlagwatch((s) => s.recoveries);
  const dismissProblem = useFlagwatch((s) => s.dismissProblem);
  const dismissRecovery = useFlagwatch((s) => s.dismissRecovery);
  const now = useNow();

  return (
    <div className="banners">
      {connection !== 'open' && (
        <Banner title="Lost the connection to Flagwatch" tone="error">
          <p>Reconnecting… What you see below may be out of date until the connection is back.</p>
        </Banner>
      )}
      {status?.error && (
        <Banner title="The last check failed" tone="error">
          <p>{checkFailureText(status, now)}</p>
        </Banner>
      )}
      {problem && (
        <Banner title="Something did not work" tone="error" onDismiss={dismissProblem}>
          <p>{problem}</p>
        </Banner>
      )}
      {recoveries.map((recovery) => (
        <Banner
          key={`${recovery.file}\n${recovery.movedTo}`}
          title="A damaged data file was repaired"
          tone="warning"
          onDismiss={() => dismissRecovery(recovery)}
        >
          <p>{recovery.message}</p>
          <p className="banner-detail">The damaged copy was kept as {recovery.movedTo}</p>
        </Banner>
      ))}
    </div>
  );
}

function checkFailureText(status: Status, now: Date): string {
  const parts = [ensurePeriod(status.error ?? '')];
  if (status.lastSuccessAt) parts.push(`Showing what was known at ${formatMoment(status.lastSuccessAt, now)}.`);
  if (status.nextPollAt) parts.push(`Flagwatch will try again at ${formatMoment(status.nextPollAt, now)}.`);
  return parts.join(' ');
}

function ensurePeriod(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
