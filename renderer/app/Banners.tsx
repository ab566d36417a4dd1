// Everything that is wrong right now, above the content: a failed check (one banner per failing
// account, each with its Retry), a mailbox that cannot be read, a lost link to the host, a failed action, a store file that had
// to be repaired. The host's own words (the check's error, the recovery's message) are shown as
// the host wrote them.
import { useTranslator } from '../i18n/i18n-context';
import { failureText } from '../state/failure';
import { Banner } from './Banner';
import { checkFailureText } from './check-failure-text';
import { MailboxBanners } from './MailboxBanners';
import { SourceCheckBanner } from './SourceCheckBanner';
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
  // One banner per failing account; a host that names no source's error gets the one banner of old.
  const failing = status?.sources.filter((source) => source.error !== null) ?? [];

  return (
    <div className="banners">
      {connection !== 'open' && (
        <Banner title={i18n.t('window.lostConnection.title')} tone="error">
          <p>{i18n.t('window.lostConnection.text')}</p>
        </Banner>
      )}
      {failing.map((source) => (
        <SourceCheckBanner key={source.id} source={source} now={now} />
      ))}
      <MailboxBanners now={now} />
      {status?.error && failing.length === 0 && (
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
