// Reads a GET_V2_SELLER_PERFORMANCE_REPORT document into a ParsedReport. Tolerant by design
// (NOTES §3.5): what it cannot use goes to `problems` and the rest still counts; only a document
// that is not a performance report at all is refused, with a ReportFormatError. A report whose
// lists are both empty is a new account with no data yet (Amazon's schema allows it): no
// marketplaces, no problems.
import { metricDefinition } from '../../../core/catalog/metrics';
import { TargetConditionSchema, type Target } from '../../../core/schema';
import { plainMetricOfField } from './report-metrics';
import {
  AccountHealthRatingSchema,
  AccountStatusSchema,
  MetricBlockSchema,
  PerformanceMetricsBlockSchema,
  SellerPerformanceReportSchema,
  WarningStateSchema,
  type MetricBlock,
  type ParsedHealthRating,
  type ParsedMarketplace,
  type ParsedMetric,
  type ParsedReport,
  type ParsedWarningState,
  type ReportingDateRange,
} from './types';

export class ReportFormatError extends Error {
  override name = 'ReportFormatError';
}

const DAY_MS = 86_400_000;
/** Fields of a metric block that are not counts. */
const notCounts = new Set(['rate', 'targetValue']);

export function parseReport(document: unknown): ParsedReport {
  if (!isObject(document)) {
    throw new ReportFormatError(
      `this is not a seller performance report: expected a JSON object, found ${describeJsonValue(document)}`,
    );
  }
  const lists = SellerPerformanceReportSchema.parse(document);
  if (lists.performanceMetrics === undefined && lists.accountStatuses === undefined) {
    const fields = Object.keys(document);
    const found =
      fields.length === 0
        ? 'it is empty'
        : `its fields: ${fields.slice(0, 5).join(', ')}${fields.length > 5 ? ', …' : ''}`;
    throw new ReportFormatError(
      `this is not a seller performance report: it has no list of performanceMetrics or accountStatuses (${found})`,
    );
  }

  const problems: string[] = [];
  for (const list of ['performanceMetrics', 'accountStatuses'] as const) {
    if (lists[list] === undefined && list in document) problems.push(`${list} is not a list and was skipped`);
  }
  const statuses = accountStatusesOf(lists.accountStatuses ?? [], problems);
  const marketplaces = new Map<string, ParsedMarketplace>();
  (lists.performanceMetrics ?? []).forEach((entry, index) => {
    const block = PerformanceMetricsBlockSchema.safeParse(entry);
    if (!block.success) {
      problems.push(`performanceMetrics[${index}] has no marketplaceId and was skipped`);
      return;
    }
    const { marketplaceId } = block.data;
    if (marketplaces.has(marketplaceId)) {
      problems.push(`performanceMetrics[${index}] repeats marketplace ${marketplaceId}; the first entry is used`);
      return;
    }
    marketplaces.set(marketplaceId, marketplaceOf(block.data, statuses.get(marketplaceId), problems));
  });
  for (const [marketplaceId, accountStatus] of statuses) {
    if (!marketplaces.has(marketplaceId))
      marketplaces.set(marketplaceId, { marketplaceId, accountStatus, metrics: [], unknownFields: {} });
  }
  if (marketplaces.size === 0 && problems.length > 0) {
    throw new ReportFormatError(
      `this seller performance report holds no marketplace Flagwatch can read: ${problems[0]}`,
    );
  }
  return { marketplaces: [...marketplaces.values()], problems, raw: document };
}

function accountStatusesOf(entries: readonly unknown[], problems: string[]): Map<string, string> {
  const statuses = new Map<string, string>();
  entries.forEach((entry, index) => {
    const parsed = AccountStatusSchema.safeParse(entry);
    if (parsed.success) statuses.set(parsed.data.marketplaceId, parsed.data.status);
    else problems.push(`accountStatuses[${index}] needs a marketplaceId and a status and was skipped`);
  });
  return statuses;
}

function marketplaceOf(
  block: Record<string, unknown>,
  accountStatus: string | undefined,
  problems: string[],
): ParsedMarketplace {
  const marketplaceId = String(block.marketplaceId);
  const metrics: ParsedMetric[] = [];
  const unknownFields: Record<string, unknown> = {};
  let accountHealthRating: ParsedHealthRating | undefined;
  let warningStates: ParsedWarningState[] | undefined;
  const where = (field: string) => `${field} of marketplace ${marketplaceId}`;

  for (const [field, value] of Object.entries(block)) {
    if (field === 'marketplaceId') continue;
    const plain = plainMetricOfField(field);
    if (plain !== undefined) {
      const metric = metricOf(plain, field, value, where(field), problems);
      if (metric) metrics.push(metric);
    } else if (field === 'orderDefectRate') {
      metrics.push(...orderDefectRatesOf(value, where(field), problems));
    } else if (field === 'lateShipmentRateList') {
      metrics.push(
        ...listOf(value, where(field), problems).flatMap(
          (entry, i) => metricOf('lateShipmentRate', field, entry, `${where(field)}[${i}]`, problems) ?? [],
        ),
      );
    } else if (field === 'accountHealthRating') {
      accountHealthRating = healthRatingOf(value);
    } else if (field === 'warningStates' || field === 'warningState') {
      warningStates = warningStatesOf(value, where(field), problems);
    } else {
      unknownFields[field] = value;
    }
  }
  const parsed: ParsedMarketplace = { marketplaceId, metrics: withPrimaryWindows(metrics), unknownFields };
  if (accountStatus !== undefined) parsed.accountStatus = accountStatus;
  if (accountHealthRating !== undefined) parsed.accountHealthRating = accountHealthRating;
  if (warningStates !== undefined) parsed.warningStates = warningStates;
  return parsed;
}

function metricOf(
  metric: string,
  field: string,
  value: unknown,
  where: string,
  problems: string[],
): ParsedMetric | undefined {
  const block = MetricBlockSchema.safeParse(value);
  if (!block.success) {
    problems.push(`${where} is not a metric block and was skipped`);
    return undefined;
  }
  const counts = countsOf(block.data);
  const unit = metricDefinition(metric)?.unit;
  const parsed: ParsedMetric = {
    metric,
    field,
    value: unit === 'rate' ? (block.data.rate ?? null) : (counts.defectsCount ?? counts.warningsCount ?? null),
    counts,
    primary: true,
  };
  if (block.data.status !== undefined) parsed.status = block.data.status;
  const target = targetOf(block.data, where, problems);
  if (target) parsed.target = target;
  const range = rangeOf(block.data.reportingDateRange);
  if (range) {
    parsed.reportingDateRange = range;
    const days = windowDaysOf(range);
    if (days !== undefined) parsed.windowDays = days;
  }
  return parsed;
}

/** `orderDefectRate` holds one block per fulfilment channel: `mfn` (seller) and `afn` (FBA). */
function orderDefectRatesOf(value: unknown, where: string, problems: string[]): ParsedMetric[] {
  if (!isObject(value)) {
    problems.push(`${where} is not an object and was skipped`);
    return [];
  }
  return Object.entries(value).flatMap(([channel, block]) => {
    const key = `orderDefectRate.${channel}`;
    if (metricDefinition(key) === undefined) {
      problems.push(`${where} has an unknown channel "${channel}", skipped`);
      return [];
    }
    return metricOf(key, 'orderDefectRate', block, `${where}.${channel}`, problems) ?? [];
  });
}

function healthRatingOf(value: unknown): ParsedHealthRating {
  const parsed = AccountHealthRatingSchema.safeParse(value);
  if (!parsed.success) return {};
  const rating: ParsedHealthRating = {};
  if (parsed.data.ahrScore !== undefined) rating.score = parsed.data.ahrScore;
  const status = parsed.data.ahrStatus ?? parsed.data.accountHealthRatingStatus;
  if (status !== undefined) rating.status = status;
  const range = rangeOf(parsed.data.reportingDateRange);
  if (range) rating.reportingDateRange = range;
  return rating;
}

function warningStatesOf(value: unknown, where: string, problems: string[]): ParsedWarningState[] {
  return listOf(value, where, problems).flatMap((entry, i) => {
    const parsed = WarningStateSchema.safeParse(entry);
    if (parsed.success) return [{ warningType: parsed.data.warningType, status: parsed.data.status }];
    problems.push(`${where}[${i}] needs a warningType and a status and was skipped`);
    return [];
  });
}

/**
 * One reading per metric feeds the history, so when a metric comes in several windows (the 10-
 * and 30-day Late Shipment Rate) the plain field wins, else the catalog's window, else the first;
 * a list entry repeating the plain field's window is dropped.
 */
function withPrimaryWindows(metrics: ParsedMetric[]): ParsedMetric[] {
  const byMetric = new Map<string, ParsedMetric[]>();
  for (const m of metrics) byMetric.set(m.metric, [...(byMetric.get(m.metric) ?? []), m]);
  return [...byMetric.values()].flatMap((same) => {
    if (same.length === 1) return same;
    const catalogDays = metricDefinition(same[0]!.metric)?.windowDays;
    const primary =
      same.find((m) => m.field === m.metric) ?? same.find((m) => m.windowDays === catalogDays) ?? same[0]!;
    const others = same.filter(
      (m) => m !== primary && (m.windowDays === undefined || m.windowDays !== primary.windowDays),
    );
    return [primary, ...others.map((m) => ({ ...m, primary: false }))];
  });
}

/** Every count a block carries: plain numbers, and `{count, status}` objects by their count. */
function countsOf(block: MetricBlock): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [field, value] of Object.entries(block)) {
    if (notCounts.has(field)) continue;
    if (typeof value === 'number' && Number.isFinite(value)) counts[field] = value;
    else if (isObject(value) && typeof value.count === 'number' && Number.isFinite(value.count))
      counts[field] = value.count;
  }
  return counts;
}

function targetOf(block: MetricBlock, where: string, problems: string[]): Target | undefined {
  if (block.targetValue === undefined || block.targetCondition === undefined) return undefined;
  const condition = TargetConditionSchema.safeParse(block.targetCondition);
  if (condition.success) return { value: block.targetValue, condition: condition.data };
  problems.push(`${where} has an unknown target condition "${block.targetCondition}"; Flagwatch's own target is used`);
  return undefined;
}

function rangeOf(range: MetricBlock['reportingDateRange']): ReportingDateRange | undefined {
  if (range === undefined) return undefined;
  const parsed: ReportingDateRange = {};
  if (range.reportingDateFrom !== undefined) parsed.from = range.reportingDateFrom;
  if (range.reportingDateTo !== undefined) parsed.to = range.reportingDateTo;
  return parsed.from === undefined && parsed.to === undefined ? undefined : parsed;
}

/** Whole days from the first to the last day of the window ("…T00:00Z" to "…T23:59Z" of 30 days is 30). */
function windowDaysOf(range: ReportingDateRange): number | undefined {
  const from = Date.parse(range.from ?? '');
  const to = Date.parse(range.to ?? '');
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return undefined;
  return Math.round((to - from) / DAY_MS);
}

function listOf(value: unknown, where: string, problems: string[]): unknown[] {
  if (Array.isArray(value)) return value;
  problems.push(`${where} is not a list and was skipped`);
  return [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string'
    ? 'a string'
    : typeof value === 'number'
      ? 'a number'
      : typeof value === 'boolean'
        ? 'true or false'
        : 'nothing';
}
