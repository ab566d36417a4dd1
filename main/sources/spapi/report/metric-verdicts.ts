// Each metric of a marketplace against the target that applies to it: the report's own, else
// the catalog's for that marketplace. Shared by the snapshot rules and `flagwatch check --report-file`.
import { marketplaceById } from '../../../core/catalog/marketplaces';
import { meetsTarget, metricDefinition, targetFor, type MetricDefinition } from '../../../core/catalog/metrics';
import type { Target } from '../../../core/schema';
import type { ParsedMarketplace, ParsedMetric } from './types';

export interface MetricVerdict {
  reading: ParsedMetric;
  definition: MetricDefinition;
  target: Target;
  /** Null when there is nothing to judge: the report carries the metric without a value (no orders). */
  meets: boolean | null;
  /** The report's window, else the catalog's. */
  windowDays: number | null;
}

export function metricVerdicts(marketplace: ParsedMarketplace): MetricVerdict[] {
  const code = marketplaceById(marketplace.marketplaceId).code;
  return marketplace.metrics.flatMap((reading) => {
    const definition = metricDefinition(reading.metric);
    if (definition === undefined) return [];
    const target = targetFor(reading.metric, code, reading.target) ?? definition.target;
    const meets = reading.value === null ? null : meetsTarget(reading.value, target);
    return [{ reading, definition, target, meets, windowDays: reading.windowDays ?? definition.windowDays }];
  });
}
