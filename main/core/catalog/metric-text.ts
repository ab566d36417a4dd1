// A metric's value and target in a seller's words, for notification texts: "6.2 %", "under 4 %".
import type { Target } from '../schema';
import type { MetricUnit } from './metrics';

/** "6.2 %" for a rate fraction; a count or score as a whole number. */
export function formatValue(unit: MetricUnit, value: number): string {
  return unit === 'rate' ? `${Number((value * 100).toFixed(2))} %` : String(value);
}

/** "under 4 %", "above 95 %", "0". */
export function describeTarget(unit: MetricUnit, target: Target): string {
  const value = formatValue(unit, target.value);
  switch (target.condition) {
    case 'LESS_THAN':
      return `under ${value}`;
    case 'GREATER_THAN':
      return `above ${value}`;
    case 'EQUALS':
      return value;
  }
}
