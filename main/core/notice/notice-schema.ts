// A parsed notice as the window sends it back, corrected by the seller: checked before it is
// saved. ASINs are ten letters or digits, links only Seller Central's.
import { z } from 'zod/mini';
import { isAllowedExternalUrl } from '../external-links';
import { IsoDateSchema } from '../schema';
import type { NoticeParse, ParsedNotice } from './parse-notice';

export const noticeTextLimit = 200_000;

export const ParsedNoticeSchema = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  metricGroup: z.enum(['customer-service', 'policy-compliance', 'shipping', 'account']),
  policy: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
  asins: z.array(z.string().check(z.regex(/^[A-Z0-9]{10}$/, 'must be 10 capital letters or digits'))).check(
    z.maxLength(500),
    z.refine((asins) => new Set(asins).size === asins.length, 'each ASIN only once'),
  ),
  deadline: z.nullable(IsoDateSchema),
  deadlineDay: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day as YYYY-MM-DD'))),
  deadlineText: z.nullable(z.string().check(z.maxLength(500))),
  requiredAction: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(5_000))),
  language: z.enum(['en', 'de', 'ja', 'zh']),
  links: z
    .array(z.string().check(z.refine(isAllowedExternalUrl, 'must be a Seller Central address')))
    .check(z.maxLength(50)),
  text: z.string().check(z.maxLength(noticeTextLimit)),
}) satisfies z.ZodMiniType<ParsedNotice>;

export const NoticeParseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), notice: ParsedNoticeSchema }),
  z.object({ ok: z.literal(false), reason: z.enum(['empty', 'not-from-amazon', 'not-a-notice']) }),
]) satisfies z.ZodMiniType<NoticeParse>;
