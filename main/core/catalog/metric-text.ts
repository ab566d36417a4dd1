// A metric's name, value and target in a seller's words and language, for notification texts
// and reports: "Late Shipment Rate", "6.2%", "under 4%" (迟发率, 6.2%, 低于 4%).
import type { Translator } from '../i18n/translator';
import type { Target } from '../schema';
import type { MetricUnit } from './metrics';

/** The metric's name as Seller Central gives it in the translator's language; the key itself for a metric not in the catalog. */
export function metricName(key: string, t: Translator): string {
  const message = `metric.${key}`;
  return t.has(message) ? t.t(message) : key;
}

/** "6.2%" for a rate fraction; a count or score as a whole number, grouped for the locale. */
export function formatValue(unit: MetricUnit, value: number, t: Translator): string {
  return unit === 'rate' ? t.percent(value, 2) : t.number(value, { maximumFractionDigits: 0 });
}

/** "under 4%", "above 95%", "0". */
export function describeTarget(unit: MetricUnit, target: Target, t: Translator): string {
  const value = formatValue(unit, target.value, t);
  switch (target.condition) {
    case 'LESS_THAN':
      return t.t('target.lessThan', { value });
    case 'GREATER_THAN':
      return t.t('target.greaterThan', { value });
    case 'EQUALS':
      return t.t('target.equals', { value });
  }
}
