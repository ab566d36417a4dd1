// Amazon's default usage plans per operation (NOTES §2.5, from each model's description): a
// token bucket refilled at `rate` requests per second holding at most `burst` requests.
export type OperationName =
  | 'createReport'
  | 'getReport'
  | 'getReports'
  | 'getReportDocument'
  | 'searchListingsItems'
  | 'getMarketplaceParticipations';

export interface RateLimit {
  rate: number;
  burst: number;
}

export const defaultRateLimits: Readonly<Record<OperationName, RateLimit>> = {
  createReport: { rate: 0.0167, burst: 15 },
  getReport: { rate: 2, burst: 15 },
  getReports: { rate: 0.0222, burst: 10 },
  getReportDocument: { rate: 0.0167, burst: 15 },
  searchListingsItems: { rate: 5, burst: 5 },
  getMarketplaceParticipations: { rate: 0.016, burst: 15 },
};
