// From the appeal to Seller Support: once every attempt is used without acceptance, or Amazon's
// latest answer asks for more information (which the form may not take), the appeal shows the way
// to Seller Support with the case summary ready to paste.
import { attemptsSummary } from '../../../main/core/appeal/attempts';
import type { Appeal } from '../../../preload/contract';
import { hrefFor } from '../../app/route';
import { useTranslator } from '../../i18n/i18n-context';
import { CaseSummary } from '../support/CaseSummary';

export function SupportGuidance({ appeal }: { appeal: Appeal }) {
  const i18n = useTranslator();
  const usedUp = attemptsSummary(appeal).needsSellerSupport;
  const infoRequested = appeal.attempts.at(-1)?.answer?.kind === 'info-requested';
  if (!usedUp && !infoRequested) return null;
  return (
    <aside aria-label={i18n.t('support.guidance.title')} className="banner support-guidance">
      <h3>{i18n.t('support.guidance.title')}</h3>
      <p>{i18n.t(usedUp ? 'support.guidance.attemptsUsedUp' : 'support.guidance.infoRequested')}</p>
      <p>
        <a href={hrefFor({ view: 'help', notificationId: appeal.notificationId })}>{i18n.t('support.guidance.open')}</a>
      </p>
      <CaseSummary appealId={appeal.id} />
    </aside>
  );
}
