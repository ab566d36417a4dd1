// Which report field is which catalog metric. The catalog (main/core/catalog/metrics.ts) is the
// source of truth; this adds only the report's own spellings and the one metric real reports
// carry that the catalog does not list yet.
import { metricCatalog } from '../../../core/catalog/metrics';

/** The schema's example misspells these fields (NOTES §3.5); both spellings are read. */
const misspelt: Readonly<Record<string, string>> = {
  prefulfillmentCancelRate: 'preFulfillmentCancellationRate',
  documentRequest: 'documentRequests',
};

/** Catalog keys that are not a plain metric block in the report (read by their own rules). */
const notPlainBlocks = new Set(['accountStatus', 'accountHealthRating', 'warningStates']);

const plainBlockKeys = new Set(
  metricCatalog.map((m) => m.key).filter((key) => !notPlainBlocks.has(key) && !key.includes('.')),
);

/** The metric a top-level field of a performanceMetrics entry holds, if it is a plain metric block. */
export function plainMetricOfField(field: string): string | undefined {
  const key = misspelt[field] ?? field;
  return plainBlockKeys.has(key) ? key : undefined;
}
