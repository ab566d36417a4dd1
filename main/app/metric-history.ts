// The metric history: one reading per metric, account, marketplace and day (the latest of the
// day wins), kept for longer than Amazon's longest window (180 days). Polls every few minutes
// would otherwise grow it without bound while adding nothing a trend line could show.
import type { MetricReading } from '../core/schema';
import type { HistoryDocument } from './ports';

export const historyRetentionDays = 400;

export function appendReadings(history: HistoryDocument, readings: readonly MetricReading[], now: Date): HistoryDocument {
  const cutoff = now.getTime() - historyRetentionDays * 86_400_000;
  const byDay = new Map<string, MetricReading>();
  for (const r of [...history.readings, ...readings]) {
    if (Date.parse(r.at) < cutoff) continue;
    byDay.set(`${r.accountId}\u001f${r.marketplaceId}\u001f${r.metric}\u001f${r.at.slice(0, 10)}`, r);
  }
  return { readings: [...byDay.values()] };
}
