// The orders a rate counted and how many of them count against it, read from the report's own
// count fields (Amazon's accountHealthReport model), so the Account health view can say how many
// more late shipments or cancellations miss the target. Rates judged by their good share (valid
// tracking, on-time delivery) carry the good count: the defects are the difference. Nothing is
// guessed: a count that is missing, not whole, or a difference below zero gives no counts.
import { IsoDateSchema, type MetricReading } from '../../../core/schema';
import type { ParsedMetric, ReportingDateRange } from './types';

/** Per metric: the field that counts the orders, and the field of the defects or of the good ones. */
type CountFields = { orders: string; defects: string } | { orders: string; good: string };

const countFields: Readonly<Record<string, CountFields>> = {
  'orderDefectRate.mfn': { orders: 'orderCount', defects: 'orderWithDefects' },
  'orderDefectRate.afn': { orders: 'orderCount', defects: 'orderWithDefects' },
  lateShipmentRate: { orders: 'orderCount', defects: 'lateShipmentCount' },
  preFulfillmentCancellationRate: { orders: 'orderCount', defects: 'cancellationCount' },
  invoiceDefectRate: { orders: 'orderCount', defects: 'invoiceDefect' },
  validTrackingRate: { orders: 'shipmentCount', good: 'validTrackingCount' },
  onTimeDeliveryRate: { orders: 'shipmentCountWithValidTracking', good: 'onTimeDeliveryCount' },
  unitOnTimeDeliveryRate: { orders: 'totalUnitCount', good: 'unitOnTimeDeliveryCount' },
};

/** The reading's counts, or undefined when the report does not give both, whole and consistent. */
export function readingCountsOf(metric: Pick<ParsedMetric, 'metric' | 'counts'>): MetricReading['counts'] {
  const fields = countFields[metric.metric];
  if (fields === undefined) return undefined;
  const orders = metric.counts[fields.orders];
  const other = metric.counts['defects' in fields ? fields.defects : fields.good];
  if (!isCount(orders) || !isCount(other)) return undefined;
  const defects = 'defects' in fields ? other : orders - other;
  // Amazon's own example counts more valid-tracking shipments than shipments: no defect count follows.
  if (defects < 0 || defects > orders) return undefined;
  return { orders, defects };
}

/** The reporting window as ISO instants, when the report gives both ends in order. */
export function readingWindowOf(range: ReportingDateRange | undefined): MetricReading['window'] {
  const from = Date.parse(range?.from ?? '');
  const to = Date.parse(range?.to ?? '');
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return undefined;
  const window = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  // Beyond year 9999 an ISO instant takes a sign and six digits, which a stored reading refuses.
  return IsoDateSchema.safeParse(window.from).success && IsoDateSchema.safeParse(window.to).success
    ? window
    : undefined;
}

function isCount(value: number | undefined): value is number {
  return value !== undefined && Number.isSafeInteger(value) && value >= 0;
}
