// An SP-API account as the seller configures it: which region and marketplaces, which seller,
// which app (client id). Pure data and zod, so the contract and the renderer's form check the
// same rules. Secrets (client secret, refresh token) are never part of it: they only go through
// the Secrets port.
import { z } from 'zod/mini';
import { marketplaces, type Marketplace } from '../catalog/marketplaces';

export const spapiRegions = ['NA', 'EU', 'FE'] as const;
export const SpapiRegionSchema = z.enum(spapiRegions);
export type SpapiRegion = z.infer<typeof SpapiRegionSchema>;

/** Marketplace codes served by each region's endpoint (Amazon's SP-API endpoint table). */
const regionCodes: Record<SpapiRegion, readonly string[]> = {
  NA: ['US', 'CA', 'MX', 'BR'],
  EU: ['UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'BE', 'IE', 'TR', 'AE', 'SA', 'EG', 'IN', 'ZA'],
  FE: ['JP', 'AU', 'SG'],
};

/** The catalog's marketplaces a region serves, in catalog order. */
export function marketplacesInRegion(region: SpapiRegion): Marketplace[] {
  return marketplaces.filter((m) => regionCodes[region].includes(m.code));
}

export const clientIdPrefix = 'amzn1.application-oa2-client.';
export const maxMarketplaces = 25;

/** Tokens and secrets travel to this URL: TLS, or plain HTTP only to this machine (test servers). */
const EndpointSchema = z.url({ message: 'must be a URL' }).check(
  z.refine(isSafeEndpoint, {
    message: 'must start with https:// (plain http:// is only allowed for 127.0.0.1 or localhost)',
    params: { problem: 'unsafeEndpoint' },
  }),
);

/**
 * What is wrong with one marketplace of the list, carried in the issue's `params` so a reader
 * can say it in the seller's language (see config-issue-text.ts); the message is the English.
 */
export interface MarketplaceIssueParams {
  problem: 'marketplaceTwice' | 'marketplaceUnknown' | 'marketplaceOutsideRegion';
  marketplaceId: string;
  region: SpapiRegion;
}

const fields = {
  name: z.string().check(z.trim(), z.minLength(1, 'give the account a name')),
  region: SpapiRegionSchema,
  sellerId: z
    .string()
    .check(
      z.trim(),
      z.regex(
        /^[A-Z0-9]{8,20}$/,
        'must be the merchant token from Seller Central (8 to 20 capital letters and digits, e.g. A2EXAMPLE1234)',
      ),
    ),
  marketplaceIds: z
    .array(z.string().check(z.minLength(1)))
    .check(
      z.minLength(1, 'choose at least one marketplace'),
      z.maxLength(maxMarketplaces, `choose at most ${maxMarketplaces} marketplaces`),
    ),
  clientId: z.string().check(
    z.trim(),
    z.refine((id) => id.startsWith(clientIdPrefix) && id.length > clientIdPrefix.length, {
      message: `must be the app's LWA client id, starting with "${clientIdPrefix}"`,
    }),
  ),
  /** Base URL of the SP-API, instead of the region's (tests, sandbox). */
  endpoint: z.optional(EndpointSchema),
  /** LWA token URL, instead of Amazon's (tests). */
  tokenEndpoint: z.optional(EndpointSchema),
};

const withMarketplacesInRegion = <T extends { region: SpapiRegion; marketplaceIds: string[] }>(
  config: T,
  ctx: z.core.$RefinementCtx<T>,
) => {
  const allowed = marketplacesInRegion(config.region).map((m) => m.id);
  const seen = new Set<string>();
  config.marketplaceIds.forEach((id, index) => {
    const issue = (problem: MarketplaceIssueParams['problem'], message: string) =>
      ctx.addIssue({
        code: 'custom',
        path: ['marketplaceIds', index],
        message,
        params: { problem, marketplaceId: id, region: config.region } satisfies MarketplaceIssueParams,
      });
    if (seen.has(id)) issue('marketplaceTwice', `${id} is listed twice`);
    else if (!marketplaces.some((m) => m.id === id))
      issue('marketplaceUnknown', `${id} is not a marketplace Flagwatch knows`);
    else if (!allowed.includes(id))
      issue('marketplaceOutsideRegion', `${id} is not served by the ${config.region} region`);
    seen.add(id);
  });
};

/** A new account (no id yet) or an edited one. */
export const AccountConfigDraftSchema = z
  .strictObject({ id: z.optional(z.string().check(z.minLength(1))), ...fields })
  .check(z.superRefine(withMarketplacesInRegion));
export type AccountConfigDraft = z.input<typeof AccountConfigDraftSchema>;

export const AccountConfigSchema = z
  .strictObject({ id: z.string().check(z.minLength(1)), ...fields })
  .check(z.superRefine(withMarketplacesInRegion));
export type AccountConfig = z.infer<typeof AccountConfigSchema>;

function isSafeEndpoint(text: string): boolean {
  // zod runs this check even after the URL check failed; that one already says what is wrong.
  if (!URL.canParse(text)) return true;
  const url = new URL(text);
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
