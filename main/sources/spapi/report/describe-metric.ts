// Metric values, targets, windows and counts in the words a seller reads in Seller Central, in
// the reader's language.
import type { Translator } from '../../../core/i18n/translator';
import type { Target } from '../../../core/schema';
import type { ReportingDateRange } from './types';

/** Counts worth quoting, in the order a sentence reads best; others stay in the parsed report. */
const quotedCounts = [
  'orderCount',
  'shipmentCount',
  'shipmentCountWithValidTracking',
  'totalUnitCount',
  'orderWithDefects',
  'negativeFeedback',
  'claims',
  'chargebacks',
  'lateShipmentCount',
  'cancellationCount',
  'validTrackingCount',
  'onTimeDeliveryCount',
  'unitOnTimeDeliveryCount',
  'invoiceDefect',
  'missingInvoice',
  'lateInvoice',
] as const;

/** "above target" / "below target" / "off target", for a value that misses it. */
export function missDirection(target: Target, t: Translator): string {
  switch (target.condition) {
    case 'LESS_THAN':
      return t.t('spapi.miss.above');
    case 'GREATER_THAN':
      return t.t('spapi.miss.below');
    case 'EQUALS':
      return t.t('spapi.miss.off');
  }
}

/** " over the last 30 days", or nothing when the window is unknown. */
export function windowText(days: number | null | undefined, t: Translator): string {
  return days === null || days === undefined ? '' : t.t('spapi.window', { days });
}

/** "194 orders and 12 shipped late", or '' when the report gave no counts Flagwatch can name. */
export function countsText(counts: Readonly<Record<string, number>>, t: Translator): string {
  const quoted = quotedCounts.flatMap((field) => {
    const count = counts[field];
    return count === undefined ? [] : [t.t(`spapi.count.${field}`, { count })];
  });
  return quoted.length === 0 ? '' : t.list(quoted);
}

/** "2026-10-03 to 2026-11-01", from the report's own dates. */
export function rangeText(range: ReportingDateRange | undefined, t: Translator): string {
  if (range?.from === undefined || range.to === undefined) return '';
  return t.t('spapi.range', { from: range.from.slice(0, 10), to: range.to.slice(0, 10) });
}
