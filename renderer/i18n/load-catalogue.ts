// The catalogue for a locale, with only the areas the window speaks (see window-catalogue.ts).
// English is in the main bundle (it is also every key's reference); any other language is its
// own chunk, fetched only when the window speaks it.
import type { WindowCatalogueLoader } from '../../main/core/i18n/window-catalogue';
import { enWindow } from '../../main/core/i18n/messages/en/window-areas';

export const loadCatalogue: WindowCatalogueLoader = async (locale) =>
  locale === 'en' ? enWindow : (await import('../../main/core/i18n/messages/zh-CN/window-areas')).zhCNWindow;
