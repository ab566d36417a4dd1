// The Account health view's data: the latest reading of each metric per account and marketplace,
// with what the catalog says about it (group, unit) and the target that applies. Names are the
// reader's to translate (`metric.<key>` in the catalogue).
import { z } from 'zod/mini';
import { marketplaceById } from '../catalog/marketplaces';
import { meetsTarget, metricCatalog, metricDefinition, targetFor } from '../catalog/metrics';
import { HeadroomSchema, headroomOf } from './headroom';
import { MetricGroupSchema, MetricReadingSchema, TargetSchema, type MetricReading } from '../schema';

/** A stored reading, described: the target is always settled (the report's or the catalog's, or none). */
export const LatestMetricSchema = z.extend(MetricReadingSchema, {
  /** null for a metric the catalog does not know (yet). */
  group: z.nullable(MetricGroupSchema),
  unit: z.enum(['rate', 'count', 'score', 'status']),
  target: z.nullable(TargetSchema),
  meetsTarget: z.nullable(z.boolean()),
  /** For a rate whose report gave counts: how many more defects miss the target. */
  headroom: z.nullable(HeadroomSchema),
});
export type LatestMetric = z.infer<typeof LatestMetricSchema>;

const catalogOrder = new Map(metricCatalog.map((m, i) => [m.key, i]));

/** Latest per account × marketplace × metric, ordered by account, marketplace, then catalog order. */
export function latestMetrics(readings: readonly MetricReading[], accountId?: string): LatestMetric[] {
  const latest = new Map<string, MetricReading>();
  for (const r of readings) {
    if (accountId !== undefined && r.accountId !== accountId) continue;
    const key = `${r.accountId}\u001f${r.marketplaceId}\u001f${r.metric}`;
    const seen = latest.get(key);
    if (!seen || Date.parse(r.at) >= Date.parse(seen.at)) latest.set(key, r);
  }
  return [...latest.values()].sort(byAccountMarketplaceMetric).map(describeReading);
}

function describeReading(r: MetricReading): LatestMetric {
  const definition = metricDefinition(r.metric);
  const target = targetFor(r.metric, marketplaceById(r.marketplaceId).code, r.target) ?? null;
  return {
    accountId: r.accountId,
    marketplaceId: r.marketplaceId,
    metric: r.metric,
    group: definition?.group ?? null,
    unit: definition?.unit ?? 'count',
    value: r.value,
    target,
    meetsTarget: target ? meetsTarget(r.value, target) : null,
    headroom: definition?.unit === 'rate' ? headroomOf(r, target) : null,
    at: r.at,
  };
}

function byAccountMarketplaceMetric(a: MetricReading, b: MetricReading): number {
  return (
    a.accountId.localeCompare(b.accountId) ||
    a.marketplaceId.localeCompare(b.marketplaceId) ||
    (catalogOrder.get(a.metric) ?? Infinity) - (catalogOrder.get(b.metric) ?? Infinity) ||
    a.metric.localeCompare(b.metric)
  );
}
