// A marketplace's name in the reader's language: "Germany", "德国"; the catalog's English name for
// one the catalogue lacks, and the bare id for one Flagwatch does not list.
import type { Translator } from '../i18n/translator';
import { marketplaceById } from './marketplaces';

export function marketplaceName(marketplaceId: string, t: Translator): string {
  const { code, name } = marketplaceById(marketplaceId);
  const key = `marketplace.${code}`;
  return t.has(key) ? t.t(key) : name;
}

/** "Germany (DE)", "德国（DE）"; the bare id for a marketplace Flagwatch does not list. */
export function marketplaceNameAndCode(marketplaceId: string, t: Translator): string {
  const { code } = marketplaceById(marketplaceId);
  if (code === marketplaceId) return marketplaceId;
  return t.t('window.nameAndCode', { name: marketplaceName(marketplaceId, t), code });
}
