// The metric history keeps one value per metric, account, marketplace and day (the day's last
// reading): polls every few minutes would otherwise grow it while adding nothing a trend line
// could show. How far back it reaches is the history store's retention rule.
import { addReadings } from '../core/health/metric-series';
import type { MetricReading } from '../core/schema';
import type { HistoryDocument } from './ports';

export function appendReadings(history: HistoryDocument, readings: readonly MetricReading[]): HistoryDocument {
  return { series: addReadings(history.series, readings) };
}
