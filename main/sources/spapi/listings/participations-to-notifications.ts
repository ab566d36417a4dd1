// getMarketplaceParticipations → notifications: listings Amazon reports as suspended, and a
// marketplace the account is set up for where the seller no longer participates. Pure.
import { marketplaceById } from '../../../core/catalog/marketplaces';
import type { SourceNotification } from '../../../core/schema';
import { listingIssuesGroup, listingIssuesMetric } from './listing-rules';
import type { MarketplaceParticipation } from './types';

export interface ParticipationsContext {
  accountId: string;
  /** The marketplaces the account is configured for: only these count as "should be selling". */
  marketplaceIds: readonly string[];
  at: string;
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
      const marketplaceId = p.marketplace.id;
      const known = marketplaceById(marketplaceId);
      // "Amazon Germany" for marketplaces Flagwatch lists, else the name the API gives ("Amazon.se").
      const where = known.name !== marketplaceId ? `Amazon ${known.name}` : (p.marketplace.name ?? marketplaceId);
      const base = { accountId: context.accountId, marketplaceId, asins: [], occurredAt: context.at, deadline: null };
      const found: SourceNotification[] = [];
      if (!p.participation.isParticipating) {
        found.push({
          ...base,
          group: 'account',
          metric: 'accountStatus',
          key: 'not-participating',
          title: `Not selling on ${where}`,
          text: `Amazon reports that this account does not participate in ${where}, which Flagwatch is set to watch. If you did not close it yourself, check Account Health for that marketplace in Seller Central.`,
          severity: participationRules.notParticipatingSeverity,
        });
      }
      if (p.participation.hasSuspendedListings) {
        found.push({
          ...base,
          group: listingIssuesGroup,
          metric: listingIssuesMetric,
          key: 'suspended-listings',
          title: `Listings inactive on ${where}`,
          text: `Amazon reports suspended listings for this account on ${where}: the listing status is set to inactive. Check Inventory and the listing status in Seller Central.`,
          severity: participationRules.suspendedListingsSeverity,
        });
      }
      return found;
    });
}
