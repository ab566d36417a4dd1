// SP-API client — the public surface (everything else in this folder is internal).
//
//   const client = createSpApiClient({ baseUrl: regionEndpoints.EU.production, credentials,
//     clock, logger, appVersion });                 // lwaEndpoint/fetch injectable for tests
//   await fetchSellerPerformanceReport(client, { marketplaceIds, maxAgeMs })
//     → { status: 'done', reportId, createdTime, reused, document, rawText } | { status: 'cancelled', reportId }
//   await fetchListingIssues(client, { sellerId, marketplaceIds })  → [{ marketplaceId, items }]
//   await fetchMarketplaceParticipations(client)                     → [{ marketplace, participation, storeName }]
//
// Every call waits on the client's clock for its operation's rate limit (Amazon's defaults,
// updated from x-amzn-RateLimit-Limit), retries 429/5xx/network failures a bounded number of
// times, refreshes the LWA access token when due or when Amazon says it expired, and fails with
// an SpApiError whose `kind` says what to do; `spApiErrorText(error, t)` puts it in words a seller
// can act on, in their language (its `message` is the English of the logs). No credential ever
// reaches a log line or an error message.
export { createSpApiClient, type SpApiClient, type SpApiClientOptions } from './spapi-client';
export type { LwaCredentials } from './lwa-token';
export { regionEndpoints, defaultLwaEndpoint, type Region } from './endpoints';
export { SpApiError, spApiErrorText, type SpApiErrorKind } from './errors';
export { defaultRateLimits, type OperationName, type RateLimit } from './rate-limits';
export { fetchSellerPerformanceReport, type ReportFlowOptions, type ReportFlowResult } from './report-flow';
export { fetchListingIssues, type ListingIssuesQuery, type MarketplaceListings } from './listing-issues';
export {
  getMarketplaceParticipations as fetchMarketplaceParticipations,
  getReports,
  sellerPerformanceReportType,
} from './operations';
