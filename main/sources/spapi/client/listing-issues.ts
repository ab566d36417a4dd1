// Listings with problems, per marketplace: every page of searchListingsItems restricted to items
// with ERROR or WARNING issues (suppressed, removed, missing attributes...), issues included.
// The walk is bounded: a page token Amazon already gave (a loop) or more pages than any seller's
// problem listings fill ends it with an error, never a partial list (which would look as if the
// listings not reached were fixed).
import type { ListingsItem } from '../listings/types';
import { spApiError } from './errors';
import { searchListingsItems } from './operations';
import type { SpApiClient } from './spapi-client';

export interface ListingIssuesQuery {
  /** The merchant token (seller id) of the account. */
  sellerId: string;
  marketplaceIds: readonly string[];
  /** e.g. "en_US"; Amazon defaults to the marketplace's language. */
  issueLocale?: string;
  signal?: AbortSignal;
}

export interface MarketplaceListings {
  marketplaceId: string;
  items: ListingsItem[];
}

const pageSize = 20;
/** 10,000 listings with issues in one marketplace: 100 s of requests at Amazon's 5 a second. */
export const maxListingPages = 500;

/** Asked one marketplace at a time, so each issue is known to belong to that marketplace. */
export async function fetchListingIssues(
  client: SpApiClient,
  query: ListingIssuesQuery,
): Promise<MarketplaceListings[]> {
  const result: MarketplaceListings[] = [];
  for (const marketplaceId of query.marketplaceIds) {
    const items: ListingsItem[] = [];
    const tokensSeen = new Set<string>();
    let pageToken: string | undefined;
    do {
      if (tokensSeen.size >= maxListingPages) {
        throw spApiError(
          'bad-response',
          `Amazon listed more than ${maxListingPages * pageSize} listings with issues in marketplace ${marketplaceId}; Flagwatch stops there, and the listing check is left out`,
        );
      }
      const page = await searchListingsItems(
        client,
        {
          sellerId: query.sellerId,
          marketplaceIds: [marketplaceId],
          includedData: ['issues', 'summaries'],
          withIssueSeverity: ['ERROR', 'WARNING'],
          issueLocale: query.issueLocale,
          pageSize,
          pageToken,
        },
        query.signal,
      );
      items.push(...page.items);
      pageToken = page.pagination?.nextToken;
      if (pageToken !== undefined && tokensSeen.has(pageToken)) {
        throw spApiError(
          'bad-response',
          `Amazon sent a listings page token it had already sent (marketplace ${marketplaceId}); the listing check stops rather than go round in circles`,
        );
      }
      if (pageToken !== undefined) tokensSeen.add(pageToken);
    } while (pageToken);
    result.push({ marketplaceId, items });
  }
  return result;
}
