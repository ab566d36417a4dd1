// Words for the domain's codes, as Amazon's Seller Central names them in the window's language.
// Severity is always spelled out, never shown by colour alone.
import { marketplaceById } from '../../main/core/catalog/marketplaces';
import type { Translator } from '../../main/core/i18n/translator';
import type { MetricGroup, Severity } from '../../preload/contract';

export function severityLabel(translator: Translator, severity: Severity): string {
  return translator.t(`severity.${severity}`);
}

export function groupLabel(translator: Translator, group: MetricGroup): string {
  return translator.t(`group.${group}`);
}

/** The catalogue's name; the raw key for a metric it does not know yet. */
export function metricLabel(translator: Translator, metric: string): string {
  const key = `metric.${metric}`;
  return translator.has(key) ? translator.t(key) : metric;
}

export function marketplaceCode(marketplaceId: string): string {
  return marketplaceById(marketplaceId).code;
}

/** "United States (US)", "美国（US）"; the bare id for a marketplace the catalogue does not list. */
export function marketplaceLabel(translator: Translator, marketplaceId: string): string {
  const { code } = marketplaceById(marketplaceId);
  const key = `marketplace.${code}`;
  if (code === marketplaceId || !translator.has(key)) return code;
  return translator.t('window.nameAndCode', { name: translator.t(key), code });
}
