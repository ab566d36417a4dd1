// What an SP-API source remembers between polls, and across restarts when the host hands it a
// store: the last performance report (raw, so it can be parsed again, with the notifications it
// gave, so AT_RISK deadlines and policy-rise keys carry over) and the daily listing checks.
// Small on purpose: one report document per account, a few kilobytes.
import { z } from 'zod';
import { IsoDateSchema, MetricReadingSchema, SourceNotificationSchema } from '../../core/schema';

export const LastReportSchema = z.object({
  /** When it was fetched: the time its readings and new notifications carry. */
  at: IsoDateSchema,
  /** The report document as Amazon sent it. */
  raw: z.record(z.string(), z.unknown()),
  metrics: z.array(MetricReadingSchema),
  notifications: z.array(SourceNotificationSchema),
});
export type LastReport = z.infer<typeof LastReportSchema>;

/** A check run at most once a day: what it found last time, and when it is due again. */
export const DailyCheckSchema = z.object({
  /** The marketplaces it covered: a different set makes it due at once. */
  marketplaceIds: z.array(z.string().min(1)),
  /** Last success; null before the first. */
  fetchedAt: z.nullable(IsoDateSchema),
  nextDueAt: IsoDateSchema,
  notifications: z.array(SourceNotificationSchema),
});
export type DailyCheck = z.infer<typeof DailyCheckSchema>;

export const SpApiSourceStateSchema = z.object({
  lastReport: LastReportSchema.nullable(),
  checks: z.object({ listingIssues: DailyCheckSchema.nullable(), participations: DailyCheckSchema.nullable() }),
});
export type SpApiSourceState = z.infer<typeof SpApiSourceStateSchema>;

export const emptySpApiSourceState: SpApiSourceState = {
  lastReport: null,
  checks: { listingIssues: null, participations: null },
};
