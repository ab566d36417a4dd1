// The catalogue for a locale. English is in the main bundle (it is also every key's reference);
// any other language is its own chunk, fetched only when the window speaks it.
import type { CatalogueLoader } from '../../main/core/i18n/catalogue';
import { en } from '../../main/core/i18n/messages/en';

export const loadCatalogue: CatalogueLoader = async (locale) =>
  locale === 'en' ? en : (await import('../../main/core/i18n/messages/zh-CN')).zhCN;
