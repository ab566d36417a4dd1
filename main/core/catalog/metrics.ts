// The metric catalog as data: what each Account Health metric means, its group, its default
// target and window. Amazon changes these numbers, so they live here, dated, with their source;
// a report's own target always wins (see `targetFor`).
import type { MetricGroup, Target } from '../schema';

export const catalogVersion = '2026-11-01';
export const catalogSource =
  'Seller Central Account Health help pages and the GET_V2_SELLER_PERFORMANCE_REPORT schema (2020-11-18)';

export type MetricUnit = 'rate' | 'count' | 'score' | 'status';

export interface MetricDefinition {
  key: string;
  group: MetricGroup;
  unit: MetricUnit;
  target: Target;
  windowDays: number | null;
  /** Targets that differ by marketplace code (e.g. a stricter OTDR in DE). */
  overrides?: Partial<Record<string, Target>>;
}

const lessThan = (value: number): Target => ({ value, condition: 'LESS_THAN' });
const greaterThan = (value: number): Target => ({ value, condition: 'GREATER_THAN' });
const zero: Target = { value: 0, condition: 'EQUALS' };

const policy = (key: string): MetricDefinition => ({
  key,
  group: 'policyCompliance',
  unit: 'count',
  target: zero,
  windowDays: 180,
});

export const metricCatalog: readonly MetricDefinition[] = [
  {
    key: 'orderDefectRate.mfn',
    group: 'customerService',
    unit: 'rate',
    target: lessThan(0.01),
    windowDays: 60,
  },
  {
    key: 'orderDefectRate.afn',
    group: 'customerService',
    unit: 'rate',
    target: lessThan(0.01),
    windowDays: 60,
  },
  {
    key: 'invoiceDefectRate',
    group: 'customerService',
    unit: 'rate',
    target: lessThan(0.05),
    windowDays: 7,
  },
  {
    key: 'lateShipmentRate',
    group: 'shipping',
    unit: 'rate',
    target: lessThan(0.04),
    windowDays: 30,
  },
  {
    key: 'preFulfillmentCancellationRate',
    group: 'shipping',
    unit: 'rate',
    target: lessThan(0.025),
    windowDays: 7,
  },
  {
    key: 'validTrackingRate',
    group: 'shipping',
    unit: 'rate',
    target: greaterThan(0.95),
    windowDays: 30,
  },
  {
    key: 'onTimeDeliveryRate',
    group: 'shipping',
    unit: 'rate',
    target: greaterThan(0.9),
    windowDays: 30,
    overrides: { DE: greaterThan(0.97) },
  },
  {
    key: 'unitOnTimeDeliveryRate',
    group: 'shipping',
    unit: 'rate',
    target: greaterThan(0.9),
    windowDays: 14,
  },
  policy('suspectedIntellectualPropertyViolations'),
  policy('receivedIntellectualPropertyComplaints'),
  policy('productAuthenticityCustomerComplaints'),
  policy('productConditionCustomerComplaints'),
  policy('productSafetyCustomerComplaints'),
  policy('foodAndProductSafetyIssues'),
  policy('listingPolicyViolations'),
  policy('restrictedProductPolicyViolations'),
  policy('customerProductReviewsPolicyViolations'),
  policy('otherPolicyViolations'),
  policy('documentRequests'),
  {
    key: 'listingIssues',
    group: 'policyCompliance',
    unit: 'count',
    target: zero,
    windowDays: null,
  },
  { key: 'accountStatus', group: 'account', unit: 'status', target: zero, windowDays: null },
  {
    key: 'accountHealthRating',
    group: 'account',
    unit: 'score',
    target: greaterThan(199),
    windowDays: 180,
  },
  { key: 'warningStates', group: 'account', unit: 'count', target: zero, windowDays: null },
  {
    key: 'policyViolationWarnings',
    group: 'account',
    unit: 'count',
    target: zero,
    windowDays: 180,
  },
];

/** Numeric values of the `accountStatus` metric; the catalog's target (EQUALS 0) is NORMAL. */
export const accountStatusValues = { NORMAL: 0, AT_RISK: 1, DEACTIVATED: 2, SUSPENDED: 3 } as const;

const byKey = new Map(metricCatalog.map((m) => [m.key, m]));

export function metricDefinition(key: string): MetricDefinition | undefined {
  return byKey.get(key);
}

/** The target that applies: the report's own, else the marketplace override, else the default. */
export function targetFor(key: string, marketplaceCode: string, reportTarget?: Target): Target | undefined {
  if (reportTarget) return reportTarget;
  const def = byKey.get(key);
  return def?.overrides?.[marketplaceCode] ?? def?.target;
}

/** Whether a value meets a target. Rates at exactly the limit miss a strict target, as Amazon counts them. */
export function meetsTarget(value: number, target: Target): boolean {
  switch (target.condition) {
    case 'LESS_THAN':
      return value < target.value;
    case 'GREATER_THAN':
      return value > target.value;
    case 'EQUALS':
      return value === target.value;
  }
}
