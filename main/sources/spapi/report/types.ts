// The GET_V2_SELLER_PERFORMANCE_REPORT document as Amazon actually sends it, and what Flagwatch
// makes of it. The schemas are tolerant on purpose (NOTES §3.5): real reports omit metrics the
// schema requires, carry fields it lacks and use values outside its enums, so every field is
// optional, enums are open strings, unknown keys pass through, and a field of the wrong type is
// dropped rather than failing the whole report.
import { z } from 'zod';
import type { Target } from '../../../core/schema';

const optionalString = z.string().optional().catch(undefined);
const optionalNumber = z.number().finite().optional().catch(undefined);

export const ReportingDateRangeSchema = z.looseObject({
  reportingDateFrom: optionalString,
  reportingDateTo: optionalString,
});

/**
 * One metric block: a rate metric (`rate` and its counts), a listing-level violation
 * (`defectsCount`) or, in real reports only, `policyViolationWarnings` (`warningsCount`).
 */
export const MetricBlockSchema = z.looseObject({
  reportingDateRange: ReportingDateRangeSchema.optional().catch(undefined),
  status: optionalString,
  rate: optionalNumber,
  defectsCount: optionalNumber,
  targetValue: optionalNumber,
  targetCondition: optionalString,
});
export type MetricBlock = z.infer<typeof MetricBlockSchema>;

/** The schema names the status `accountHealthRatingStatus` but requires `ahrStatus`; real reports add `ahrScore`. */
export const AccountHealthRatingSchema = z.looseObject({
  ahrScore: optionalNumber,
  ahrStatus: optionalString,
  accountHealthRatingStatus: optionalString,
  reportingDateRange: ReportingDateRangeSchema.optional().catch(undefined),
});

export const WarningStateSchema = z.looseObject({
  warningType: z.string(),
  status: z.string(),
});

export const AccountStatusSchema = z.looseObject({
  marketplaceId: z.string().min(1),
  status: z.string().min(1),
});

/** One `performanceMetrics[]` entry; its metric fields are read by name (see parse-report.ts). */
export const PerformanceMetricsBlockSchema = z.looseObject({
  marketplaceId: z.string().min(1),
});

/** The document's top level: at least one of the two arrays must be there for it to be a report. */
export const SellerPerformanceReportSchema = z.looseObject({
  accountStatuses: z.array(z.unknown()).optional().catch(undefined),
  performanceMetrics: z.array(z.unknown()).optional().catch(undefined),
});
export type SellerPerformanceReportDocument = z.infer<typeof SellerPerformanceReportSchema>;

export interface ReportingDateRange {
  from?: string;
  to?: string;
}

/** One metric of one marketplace, under its catalog key (main/core/catalog/metrics.ts). */
export interface ParsedMetric {
  metric: string;
  /** The report's own field name, misspellings included (e.g. `prefulfillmentCancelRate`). */
  field: string;
  /** Rate as a fraction, or a count; null when the report carries the metric without a value (no orders). */
  value: number | null;
  /** GOOD, BAD, NONE, or whatever Amazon sends next. */
  status?: string;
  /** The report's own target, when it gave a value and a condition Flagwatch understands. */
  target?: Target;
  /** Every count the block carries (orderCount, lateShipmentCount, claims, ...), by field name. */
  counts: Record<string, number>;
  reportingDateRange?: ReportingDateRange;
  /** Length of the reporting window, when the dates say it. */
  windowDays?: number;
  /** False for an extra window of the same metric (the 10-day Late Shipment Rate next to the 30-day one). */
  primary: boolean;
}

export interface ParsedHealthRating {
  score?: number;
  status?: string;
  reportingDateRange?: ReportingDateRange;
}

export interface ParsedWarningState {
  warningType: string;
  status: string;
}

export interface ParsedMarketplace {
  marketplaceId: string;
  /** NORMAL, AT_RISK, DEACTIVATED, SUSPENDED, ...; absent when the report has no status for it. */
  accountStatus?: string;
  accountHealthRating?: ParsedHealthRating;
  metrics: ParsedMetric[];
  /** Absent when the block has no warning states at all (not the same as "none are BAD"). */
  warningStates?: ParsedWarningState[];
  /** Fields of the block Flagwatch does not know, kept as they came. */
  unknownFields: Record<string, unknown>;
}

export interface ParsedReport {
  marketplaces: ParsedMarketplace[];
  /** Parts of the document that could not be used, in plain words (the rest still counts). */
  problems: string[];
  /** The document as received, to store with the snapshot (and parse again later). */
  raw: Record<string, unknown>;
}
