// Both catalogues, for the hosts in Node (the CLI, native notifications, the tray). The renderer
// loads the one it needs on demand instead, to keep its first load small.
import type { MessageKey } from './catalogue';
import type { Locale } from './locales';
import { en } from './messages/en';
import { zhCN } from './messages/zh-CN';
import { createTranslator, type Translator, type TranslatorOptions } from './translator';

export const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, 'zh-CN': zhCN };

export function translatorFor(locale: Locale, options?: TranslatorOptions): Translator {
  return createTranslator(locale, catalogues[locale], options);
}
