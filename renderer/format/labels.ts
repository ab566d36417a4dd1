// Words for the domain's codes. Severity is always spelled out, never shown by colour alone.
import { marketplaceById } from '../../main/core/catalog/marketplaces';
import { metricDefinition, metricGroupLabels } from '../../main/core/catalog/metrics';
import type { MetricGroup, Severity } from '../../preload/contract';

const severityLabels: Record<Severity, string> = {
  info: 'Info',
  warning: 'Warning',
  high: 'High',
  critical: 'Critical',
};

export function severityLabel(severity: Severity): string {
  return severityLabels[severity];
}

export function groupLabel(group: MetricGroup): string {
  return metricGroupLabels[group];
}

/** The catalog's label; the raw key for a metric the catalog does not know yet. */
export function metricLabel(metric: string): string {
  return metricDefinition(metric)?.label ?? metric;
}

export function marketplaceCode(marketplaceId: string): string {
  return marketplaceById(marketplaceId).code;
}

/** "United States (US)". */
export function marketplaceLabel(marketplaceId: string): string {
  const m = marketplaceById(marketplaceId);
  return m.name === m.code ? m.code : `${m.name} (${m.code})`;
}
