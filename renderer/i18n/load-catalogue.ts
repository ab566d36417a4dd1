// The catalogue for a locale, with only the areas the window speaks (see window-catalogue.ts).
// Each language is its own chunk, fetched once the window knows which one it speaks (it waits
// for the saved setting anyway), so a window never carries the words of a language it does not
// speak. vite.config.ts names the chunks after their language.
import type { WindowCatalogueLoader } from '../../main/core/i18n/window-catalogue';

export const loadCatalogue: WindowCatalogueLoader = async (locale) =>
  locale === 'en'
    ? (await import('../../main/core/i18n/messages/en/window-areas')).enWindow
    : (await import('../../main/core/i18n/messages/zh-CN/window-areas')).zhCNWindow;
