// The metric history keeps one reading per metric, account, marketplace and day (the latest of
// the day wins): polls every few minutes would otherwise grow it while adding nothing a trend
// line could show. How far back it reaches is the history store's retention rule.
import type { MetricReading } from '../core/schema';
import type { HistoryDocument } from './ports';

export function appendReadings(history: HistoryDocument, readings: readonly MetricReading[]): HistoryDocument {
  const byDay = new Map<string, MetricReading>();
  for (const r of [...history.readings, ...readings]) {
    byDay.set(`${r.accountId}\u001f${r.marketplaceId}\u001f${r.metric}\u001f${r.at.slice(0, 10)}`, r);
  }
  return { readings: [...byDay.values()] };
}
