// Response shapes of the operations Flagwatch uses, after Amazon's official models (Reports
// 2021-06-30, Listings Items 2021-08-01, Sellers v1). Loose on purpose: unknown fields pass
// through, enums are open strings and what Amazon sometimes omits is optional.
import { z } from 'zod';

export const reportSchema = z.looseObject({
  reportId: z.string(),
  reportType: z.string(),
  processingStatus: z.string(),
  createdTime: z.string(),
  marketplaceIds: z.array(z.string()).optional(),
  reportDocumentId: z.string().optional(),
  processingStartTime: z.string().optional(),
  processingEndTime: z.string().optional(),
});
export type Report = z.infer<typeof reportSchema>;

export const createReportResponseSchema = z.looseObject({ reportId: z.string() });

export const getReportsResponseSchema = z.looseObject({
  reports: z.array(reportSchema),
  nextToken: z.string().optional(),
});
export type GetReportsResponse = z.infer<typeof getReportsResponseSchema>;

export const reportDocumentSchema = z.looseObject({
  reportDocumentId: z.string(),
  url: z.string(),
  compressionAlgorithm: z.string().optional(),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;

const issueSchema = z.looseObject({
  code: z.string(),
  message: z.string(),
  severity: z.string(),
  attributeNames: z.array(z.string()).optional(),
  categories: z.array(z.string()).optional(),
  enforcements: z
    .looseObject({
      actions: z.array(z.looseObject({ action: z.string() })).optional(),
      exemption: z.looseObject({ status: z.string(), expiryDate: z.string().optional() }).optional(),
    })
    .optional(),
});
export type ListingIssue = z.infer<typeof issueSchema>;

const itemSummarySchema = z.looseObject({
  marketplaceId: z.string(),
  asin: z.string().optional(),
  productType: z.string().optional(),
  itemName: z.string().optional(),
  status: z.array(z.string()).optional(),
  createdDate: z.string().optional(),
  lastUpdatedDate: z.string().optional(),
});

export const listingItemSchema = z.looseObject({
  sku: z.string(),
  summaries: z.array(itemSummarySchema).optional(),
  issues: z.array(issueSchema).optional(),
});
export type ListingItem = z.infer<typeof listingItemSchema>;

export const itemSearchResultsSchema = z.looseObject({
  numberOfResults: z.number().optional(),
  pagination: z.looseObject({ nextToken: z.string().optional(), previousToken: z.string().optional() }).optional(),
  items: z.array(listingItemSchema),
});
export type ItemSearchResults = z.infer<typeof itemSearchResultsSchema>;

const marketplaceParticipationSchema = z.looseObject({
  marketplace: z.looseObject({
    id: z.string(),
    name: z.string().optional(),
    countryCode: z.string().optional(),
    defaultCurrencyCode: z.string().optional(),
    defaultLanguageCode: z.string().optional(),
    domainName: z.string().optional(),
  }),
  participation: z.looseObject({ isParticipating: z.boolean(), hasSuspendedListings: z.boolean() }),
  storeName: z.string().optional(),
});
export type MarketplaceParticipation = z.infer<typeof marketplaceParticipationSchema>;

export const marketplaceParticipationsResponseSchema = z.looseObject({
  payload: z.array(marketplaceParticipationSchema),
});
