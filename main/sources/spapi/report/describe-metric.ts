// Metric values, targets, windows and counts in the words a seller reads in Seller Central.
import type { Target } from '../../../core/schema';
import type { ReportingDateRange } from './types';

/** Counts worth quoting, in the order a sentence reads best; others stay in the parsed report. */
const countLabels: ReadonlyArray<readonly [field: string, label: string]> = [
  ['orderCount', 'orders'],
  ['shipmentCount', 'shipments'],
  ['shipmentCountWithValidTracking', 'shipments with valid tracking'],
  ['totalUnitCount', 'units'],
  ['orderWithDefects', 'orders with a defect'],
  ['negativeFeedback', 'negative feedback'],
  ['claims', 'A-to-z Guarantee claims'],
  ['chargebacks', 'chargebacks'],
  ['lateShipmentCount', 'shipped late'],
  ['cancellationCount', 'cancelled before shipping'],
  ['validTrackingCount', 'with valid tracking'],
  ['onTimeDeliveryCount', 'delivered on time'],
  ['unitOnTimeDeliveryCount', 'units delivered on time'],
  ['invoiceDefect', 'invoice defects'],
  ['missingInvoice', 'missing invoices'],
  ['lateInvoice', 'late invoices'],
];

/** "above target" / "below target" / "off target", for a value that misses it. */
export function missDirection(target: Target): string {
  switch (target.condition) {
    case 'LESS_THAN':
      return 'above target';
    case 'GREATER_THAN':
      return 'below target';
    case 'EQUALS':
      return 'off target';
  }
}

/** "over the last 30 days", or nothing when the window is unknown. */
export function windowText(days: number | null | undefined): string {
  return days === null || days === undefined ? '' : ` over the last ${days} day${days === 1 ? '' : 's'}`;
}

/** "194 orders, 12 shipped late", or '' when the report gave no counts Flagwatch can name. */
export function countsText(counts: Readonly<Record<string, number>>): string {
  return countLabels
    .filter(([field]) => counts[field] !== undefined)
    .map(([field, label]) => `${counts[field]} ${label}`)
    .join(', ');
}

/** "2026-10-03 to 2026-11-01", from the report's own dates. */
export function rangeText(range: ReportingDateRange | undefined): string {
  if (range?.from === undefined || range.to === undefined) return '';
  return `${range.from.slice(0, 10)} to ${range.to.slice(0, 10)}`;
}
