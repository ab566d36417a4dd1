// A metric's value and target in words: rates as percentages, counts as whole numbers, the
// Account Health Rating as its score, the account status by Amazon's name for it.
import { accountStatusValues } from '../../../main/core/catalog/metrics';
import type { Translator } from '../../../main/core/i18n/translator';
import type { LatestMetric, Target } from '../../../preload/contract';

const statusNames = new Map<number, keyof typeof accountStatusValues>(
  Object.entries(accountStatusValues).map(([name, value]) => [value, name as keyof typeof accountStatusValues]),
);

export function formatMetricValue(i18n: Translator, unit: LatestMetric['unit'], value: number): string {
  switch (unit) {
    case 'rate':
      return i18n.percent(value);
    case 'status': {
      const name = statusNames.get(value);
      return name ? i18n.t(`accountStatus.${name}`) : i18n.t('health.unknownStatus', { value });
    }
    case 'count':
    case 'score':
      return i18n.number(value, { maximumFractionDigits: 0 });
  }
}

const conditionKeys = {
  LESS_THAN: 'target.lessThan',
  GREATER_THAN: 'target.greaterThan',
  EQUALS: 'target.equals',
} as const satisfies Record<Target['condition'], string>;

/** "under 4%", "above 199", "0", "Normal"; "None" when no target applies. */
export function formatTarget(i18n: Translator, unit: LatestMetric['unit'], target: Target | null): string {
  if (!target) return i18n.t('common.none');
  return i18n.t(conditionKeys[target.condition], { value: formatMetricValue(i18n, unit, target.value) });
}

export function formatVerdict(i18n: Translator, meetsTarget: boolean | null): string {
  if (meetsTarget === null) return i18n.t('health.verdict.none');
  return i18n.t(meetsTarget ? 'health.verdict.meets' : 'health.verdict.misses');
}
