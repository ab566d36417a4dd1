// What the Account health chart reads: each metric of one account × marketplace as dated daily
// values, with the target that applies now and the catalog's word on the metric. Bounded by
// the history's own reach, so an answer never grows past what a chart can draw.
import { z } from 'zod/mini';
import { marketplaceById } from '../catalog/marketplaces';
import { metricCatalog, metricDefinition, targetFor } from '../catalog/metrics';
import { MetricGroupSchema, TargetSchema } from '../schema';
import { dayText, type MetricSeries } from './metric-series';

/** How far back the history reaches, in days: the store keeps no more, a request asks for no more. */
export const maxHistoryDays = 750;

export const HistoryRequestSchema = z.strictObject({
  accountId: z.string().check(z.minLength(1)),
  marketplaceId: z.string().check(z.minLength(1)),
  /** One metric; every metric of the account × marketplace when absent. */
  metric: z.optional(z.string().check(z.minLength(1))),
  /** The newest this many days; all the history keeps when absent. */
  days: z.optional(z.int().check(z.minimum(1), z.maximum(maxHistoryDays))),
});
export type HistoryRequest = z.infer<typeof HistoryRequestSchema>;

export const HistoryPointSchema = z.object({ day: z.iso.date(), value: z.number() });

export const MetricHistorySchema = z.object({
  metric: z.string().check(z.minLength(1)),
  /** null for a metric the catalog does not know (yet). */
  group: z.nullable(MetricGroupSchema),
  unit: z.enum(['rate', 'count', 'score', 'status']),
  /** The target that applies to the newest reading: the chart's target line. */
  target: z.nullable(TargetSchema),
  /** Oldest first, one a day. */
  points: z.array(HistoryPointSchema).check(z.maxLength(maxHistoryDays)),
});
export type MetricHistory = z.infer<typeof MetricHistorySchema>;

/** A report carries a few dozen metrics per marketplace: room for those the catalog does not know yet. */
export const MetricHistoryListSchema = z.array(MetricHistorySchema).check(z.maxLength(100));

const catalogOrder = new Map(metricCatalog.map((m, i) => [m.key, i]));

/**
 * The request's series in catalog order, each cut to the newest `days` calendar days, counted
 * back from the newest day among them (days without a reading are gaps, not points).
 */
export function metricHistory(series: readonly MetricSeries[], request: HistoryRequest): MetricHistory[] {
  const chosen = series
    .filter(
      ({ latest }) =>
        latest.accountId === request.accountId &&
        latest.marketplaceId === request.marketplaceId &&
        (request.metric === undefined || latest.metric === request.metric),
    )
    .sort(
      (a, b) =>
        (catalogOrder.get(a.latest.metric) ?? Infinity) - (catalogOrder.get(b.latest.metric) ?? Infinity) ||
        a.latest.metric.localeCompare(b.latest.metric),
    )
    .slice(0, 100);
  const newest = chosen.reduce((max, s) => Math.max(max, s.days.at(-1) ?? -Infinity), -Infinity);
  const firstDay = newest - (request.days ?? maxHistoryDays) + 1;
  return chosen.map(({ latest, days, values }) => {
    const definition = metricDefinition(latest.metric);
    const points = days.flatMap((day, i) => (day >= firstDay ? [{ day: dayText(day), value: values[i]! }] : []));
    return {
      metric: latest.metric,
      group: definition?.group ?? null,
      unit: definition?.unit ?? 'count',
      target: targetFor(latest.metric, marketplaceById(latest.marketplaceId).code, latest.target) ?? null,
      points: points.slice(-maxHistoryDays),
    };
  });
}
