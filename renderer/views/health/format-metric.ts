// A metric's value and target in words: rates as percentages, counts as whole numbers, the
// Account Health Rating as its score, the account status by name.
import { accountStatusValues } from '../../../main/core/catalog/metrics';
import type { LatestMetric, Target } from '../../../preload/contract';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

const statusNames: Record<number, string> = Object.fromEntries(
  Object.entries(accountStatusValues).map(([name, value]) => [
    value,
    name.charAt(0) + name.slice(1).toLowerCase().replace('_', ' '),
  ]),
);

export function formatMetricValue(unit: LatestMetric['unit'], value: number): string {
  switch (unit) {
    case 'rate':
      return percent.format(value);
    case 'status':
      return statusNames[value] ?? `Unknown status (${value})`;
    case 'count':
    case 'score':
      return whole.format(value);
  }
}

const conditionWords: Record<Target['condition'], string> = { LESS_THAN: 'Below', GREATER_THAN: 'Above', EQUALS: '' };

/** "Below 4%", "Above 199", "0", "Normal"; "None" when no target applies. */
export function formatTarget(unit: LatestMetric['unit'], target: Target | null): string {
  if (!target) return 'None';
  const value = formatMetricValue(unit, target.value);
  const words = conditionWords[target.condition];
  return words ? `${words} ${value}` : value;
}

export function formatVerdict(meetsTarget: boolean | null): string {
  if (meetsTarget === null) return 'No target';
  return meetsTarget ? 'Meets target' : 'Misses target';
}
