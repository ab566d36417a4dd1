// One failing account: its own message, as the source wrote it, and a Retry that checks that
// account alone. While its check runs the button says so and waits; the banner goes away when a
// check of that account succeeds.
import type { SourceStatus } from '../../preload/contract';
import { useTranslator } from '../i18n/i18n-context';
import { Banner } from './Banner';
import { checkFailureText } from './check-failure-text';
import { useFlagwatch } from './store-context';

export function SourceCheckBanner({ source, now }: { source: SourceStatus; now: Date }) {
  const retry = useFlagwatch((s) => s.retry);
  const i18n = useTranslator();
  const account = source.label;
  const title = account ? i18n.t('sourceChecks.failed.title', { account }) : i18n.t('window.checkFailed.title');
  return (
    <Banner title={title} tone="error">
      <p>{checkFailureText(i18n, source, now)}</p>
      <p>
        <button
          type="button"
          className="small"
          disabled={source.polling}
          // Named after its account, so a list of buttons read aloud says which is which; the
          // visible word comes first in the name, as speech input expects.
          aria-label={account && !source.polling ? i18n.t('sourceChecks.retry.label', { account }) : undefined}
          onClick={() => void retry(source.id)}
        >
          {i18n.t(source.polling ? 'window.status.checking' : 'sourceChecks.retry')}
        </button>
      </p>
    </Banner>
  );
}
