// Listings with problems, per marketplace: every page of searchListingsItems restricted to items
// with ERROR or WARNING issues (suppressed, removed, missing attributes...), issues included.
import type { ListingsItem } from '../listings/types';
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

/** Asked one marketplace at a time, so each issue is known to belong to that marketplace. */
export async function fetchListingIssues(
  client: SpApiClient,
  query: ListingIssuesQuery,
): Promise<MarketplaceListings[]> {
  const result: MarketplaceListings[] = [];
  for (const marketplaceId of query.marketplaceIds) {
    const items: ListingsItem[] = [];
    let pageToken: string | undefined;
    do {
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
    } while (pageToken);
    result.push({ marketplaceId, items });
  }
  return result;
}
