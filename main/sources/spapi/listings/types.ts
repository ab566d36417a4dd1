// The Listings Items API (searchListingsItems, 2021-08-01) and Sellers API
// (getMarketplaceParticipations, v1) payloads Flagwatch reads, as tolerant zod schemas: unknown
// fields pass through, enums are open strings, and one malformed entry of a list is dropped
// instead of failing the whole page.
import { z } from 'zod';

const optionalString = z.string().optional().catch(undefined);

/** A list that keeps the entries matching `item` and drops the rest. */
function tolerantList<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((entries) =>
      entries.flatMap((entry) => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    );
}

export const IssueEnforcementActionSchema = z.looseObject({
  /** LISTING_SUPPRESSED, ATTRIBUTE_SUPPRESSED, CATALOG_ITEM_REMOVED, SEARCH_SUPPRESSED, ... */
  action: z.string().min(1),
});

export const IssueExemptionSchema = z.looseObject({
  /** EXEMPT, EXEMPT_UNTIL_EXPIRY_DATE, NOT_EXEMPT, ... */
  status: z.string(),
  expiryDate: optionalString,
});

export const ListingIssueSchema = z.looseObject({
  code: z.string().catch(''),
  message: z.string().catch(''),
  /** ERROR, WARNING, INFO, ... */
  severity: z.string().catch(''),
  categories: z.array(z.string()).catch([]),
  attributeNames: z.array(z.string()).optional().catch(undefined),
  marketplaceIds: z.array(z.string()).optional().catch(undefined),
  enforcements: z
    .looseObject({
      actions: tolerantList(IssueEnforcementActionSchema),
      exemption: IssueExemptionSchema.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});
export type ListingIssue = z.infer<typeof ListingIssueSchema>;

export const ListingSummarySchema = z.looseObject({
  marketplaceId: z.string().min(1),
  asin: optionalString,
  itemName: optionalString,
  productType: optionalString,
  /** BUYABLE, DISCOVERABLE, ... */
  status: z.array(z.string()).catch([]),
});
export type ListingSummary = z.infer<typeof ListingSummarySchema>;

export const ListingsItemSchema = z.looseObject({
  sku: z.string().min(1),
  summaries: tolerantList(ListingSummarySchema).optional(),
  issues: tolerantList(ListingIssueSchema).optional(),
});
export type ListingsItem = z.infer<typeof ListingsItemSchema>;

/** searchListingsItems' answer: one page of items; `pagination.nextToken` asks for the next. */
export const ListingsSearchResultsSchema = z.looseObject({
  numberOfResults: z.number().optional().catch(undefined),
  pagination: z.looseObject({ nextToken: optionalString, previousToken: optionalString }).optional().catch(undefined),
  items: tolerantList(ListingsItemSchema),
});
export type ListingsSearchResults = z.infer<typeof ListingsSearchResultsSchema>;

export const ParticipationMarketplaceSchema = z.looseObject({
  id: z.string().min(1),
  name: optionalString,
  countryCode: optionalString,
  domainName: optionalString,
});

export const MarketplaceParticipationSchema = z.looseObject({
  marketplace: ParticipationMarketplaceSchema,
  participation: z.looseObject({ isParticipating: z.boolean(), hasSuspendedListings: z.boolean() }),
  storeName: optionalString,
});
export type MarketplaceParticipation = z.infer<typeof MarketplaceParticipationSchema>;

/** getMarketplaceParticipations' answer. */
export const MarketplaceParticipationsResponseSchema = z.looseObject({
  payload: tolerantList(MarketplaceParticipationSchema).optional(),
  errors: z.array(z.unknown()).optional().catch(undefined),
});
export type MarketplaceParticipationsResponse = z.infer<typeof MarketplaceParticipationsResponseSchema>;
