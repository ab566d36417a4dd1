// A parsed notice as the window sends it back, corrected by the seller: checked before it is
// saved. ASINs are ten letters or digits, links only Seller Central's.
import { z } from 'zod';
import { isAllowedExternalUrl } from '../external-links';
import { IsoDateSchema } from '../schema';
import type { NoticeParse, ParsedNotice } from './parse-notice';

export const noticeTextLimit = 200_000;

export const ParsedNoticeSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    metricGroup: z.enum(['customer-service', 'policy-compliance', 'shipping', 'account']),
    policy: z.string().trim().min(1).max(500).nullable(),
    asins: z
      .array(z.string().regex(/^[A-Z0-9]{10}$/, 'must be 10 capital letters or digits'))
      .max(500)
      .refine((asins) => new Set(asins).size === asins.length, 'each ASIN only once'),
    deadline: IsoDateSchema.nullable(),
    deadlineText: z.string().max(500).nullable(),
    requiredAction: z.string().trim().min(1).max(5_000).nullable(),
    language: z.enum(['en', 'de', 'ja', 'zh']),
    links: z.array(z.string().refine(isAllowedExternalUrl, 'must be a Seller Central address')).max(50),
    text: z.string().max(noticeTextLimit),
  })
  .strict() satisfies z.ZodType<ParsedNotice>;

export const NoticeParseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), notice: ParsedNoticeSchema }),
  z.object({ ok: z.literal(false), reason: z.enum(['empty', 'not-from-amazon', 'not-a-notice']) }),
]) satisfies z.ZodType<NoticeParse>;
