// The part of the catalogue the window speaks. The host puts its own messages (messages/<lang>/host:
// the command line, native notifications, data-file recovery, exported records, its answers to a
// refused command) into words itself and hands the window finished text, so the window's
// catalogues leave them out, and its translator cannot be asked for one of their keys.
import type { Locale } from './locales';
import type { enWindow } from './messages/en/window-areas';
import type { Translator } from './translator';

export type WindowCatalogue = typeof enWindow;
export type WindowMessageKey = keyof WindowCatalogue;
export type WindowTranslator = Translator<WindowMessageKey>;

export type WindowCatalogueLoader = (locale: Locale) => Promise<Readonly<Record<WindowMessageKey, string>>>;
