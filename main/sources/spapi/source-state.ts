// What an SP-API source remembers between polls, and across restarts when the host gives it a
// store: the last performance report (raw, so it can be parsed again, with the notifications it
// gave, so AT_RISK deadlines and policy-rise keys carry over) and the daily listing checks.
// Small on purpose: one report document per account, a few kilobytes.
import { z } from 'zod';
import type { DocumentSpec } from '../../adapters/store/documents';
import { MetricReadingSchema, SourceNotificationSchema } from '../../core/schema';

const isoDate = z.iso.datetime({ offset: true });

export const LastReportSchema = z.object({
  /** When it was fetched: the time its readings and new notifications carry. */
  at: isoDate,
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
  fetchedAt: isoDate.nullable(),
  nextDueAt: isoDate,
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

/** One file per account: open it with openDocumentStore({...spApiSourceStateSpec(id), dataDir, StoreClass}). */
export function spApiSourceStateSpec(accountId: string): DocumentSpec<SpApiSourceState> {
  return {
    // Account ids are generated, but a file name must never become a path.
    name: `spapi-state-${accountId.replace(/[^A-Za-z0-9_-]/g, '_')}`,
    label: 'store.spapiState.label',
    startsOver: 'store.spapiState.startsOver',
    schema: SpApiSourceStateSchema,
    defaults: emptySpApiSourceState,
  };
}
