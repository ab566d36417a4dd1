// What a metric's history says in words, for the reader who cannot see the chart: the latest
// value, the lowest and the highest with their days, and on how many days the target was missed.
import { meetsTarget } from '../../../main/core/catalog/metrics';
import type { MetricHistory } from '../../../preload/contract';

export type HistoryPoint = MetricHistory['points'][number];

export interface HistorySummary {
  latest: HistoryPoint;
  /** On a tie, the most recent day with that value. */
  lowest: HistoryPoint;
  highest: HistoryPoint;
  days: number;
  /** null when no target applies. */
  missedDays: number | null;
}

/** null for a history without a point. */
export function historySummary(history: Pick<MetricHistory, 'points' | 'target'>): HistorySummary | null {
  const { points, target } = history;
  const latest = points.at(-1);
  if (!latest) return null;
  let lowest = latest;
  let highest = latest;
  for (const point of points) {
    if (point.value <= lowest.value) lowest = point;
    if (point.value >= highest.value) highest = point;
  }
  return {
    latest,
    lowest,
    highest,
    days: points.length,
    missedDays: target ? points.filter((p) => !meetsTarget(p.value, target)).length : null,
  };
}
