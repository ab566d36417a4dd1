// getMarketplaceParticipations → notifications: listings Amazon reports as suspended, and a
// marketplace the account is set up for where the seller no longer participates. Pure.
import { marketplaceById } from '../../../core/catalog/marketplaces';
import { marketplaceName } from '../../../core/catalog/marketplace-name';
import type { Translator } from '../../../core/i18n/translator';
import type { SourceNotification } from '../../../core/schema';
import { listingIssuesGroup, listingIssuesMetric } from './listing-rules';
import type { MarketplaceParticipation } from './types';

export interface ParticipationsContext {
  accountId: string;
  /** The marketplaces the account is configured for: only these count as "should be selling". */
  marketplaceIds: readonly string[];
  at: string;
  translator: Translator;
}

export const participationRules = {
  suspendedListingsSeverity: 'warning',
  notParticipatingSeverity: 'high',
} as const;

export function participationsToNotifications(
  participations: readonly MarketplaceParticipation[],
  context: ParticipationsContext,
): SourceNotification[] {
  return participations
    .filter((p) => context.marketplaceIds.includes(p.marketplace.id))
    .flatMap((p) => {
      const t = context.translator;
      const marketplaceId = p.marketplace.id;
      // "Amazon Germany" for marketplaces Flagwatch lists, else the name the API gives ("Amazon.se").
      const where =
        marketplaceById(marketplaceId).code !== marketplaceId
          ? t.t('spapi.amazonStore', { marketplace: marketplaceName(marketplaceId, t) })
          : (p.marketplace.name ?? marketplaceId);
      const base = { accountId: context.accountId, marketplaceId, asins: [], occurredAt: context.at, deadline: null };
      const found: SourceNotification[] = [];
      if (!p.participation.isParticipating) {
        found.push({
          ...base,
          group: 'account',
          metric: 'accountStatus',
          key: 'not-participating',
          title: t.t('spapi.participation.notSelling.title', { where }),
          text: t.t('spapi.participation.notSelling.text', { where }),
          severity: participationRules.notParticipatingSeverity,
        });
      }
      if (p.participation.hasSuspendedListings) {
        found.push({
          ...base,
          group: listingIssuesGroup,
          metric: listingIssuesMetric,
          key: 'suspended-listings',
          title: t.t('spapi.participation.suspended.title', { where }),
          text: t.t('spapi.participation.suspended.text', { where }),
          severity: participationRules.suspendedListingsSeverity,
        });
      }
      return found;
    });
}
