// How much metric history is kept. Pure: applied to every history write.
//
// 750 days: two years for a trend to reach back over, with three weeks to spare, which also
// covers Amazon's longest window (invoices from the last 365 days). The window is counted back
// from the newest day rather than from "now", so the rule needs no clock and pruning never
// happens on its own. The cap bounds the file however many series there are: 20 accounts × 3
// marketplaces × the catalog's 25 metrics × 750 days is 1,125,000 values; bench/history-store
// measures what that costs to write and to open.
import { maxHistoryDays } from '../../core/health/history-view';
import { retainSeries, type MetricSeries } from '../../core/health/metric-series';

export const historyRetention = { days: maxHistoryDays, maxPoints: 1_200_000 } as const;

/** The series worth keeping: the newest days, within the window and the cap. */
export function retainHistory(series: MetricSeries[]): MetricSeries[] {
  return retainSeries(series, historyRetention);
}
