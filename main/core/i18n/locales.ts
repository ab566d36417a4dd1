// The languages Flagwatch speaks, and how a preference (a setting, the browser's languages, the
// system's LANG) becomes one of them. English is the fallback for everything else.
import { z } from 'zod/mini';

export const locales = ['en', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** What Settings saves: a language, or "follow the system". */
export const LanguageSettingSchema = z.enum(['system', ...locales]);
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

/** The first supported language among the preferred ones (BCP 47 tags, best first). */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const lower = tag.trim().toLowerCase();
    // Simplified Chinese is what Amazon's Chinese Seller Central speaks; zh-TW/zh-HK readers
    // are closer to it than to English, so every Chinese tag lands there.
    if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  }
  return defaultLocale;
}

/** The setting wins; "system" follows the preferred languages. */
export function resolveLocale(setting: LanguageSetting, systemPreferred: readonly string[]): Locale {
  return setting === 'system' ? matchLocale(systemPreferred) : setting;
}

/**
 * The system's preferred languages from POSIX variables, in the order the C library reads them:
 * LC_ALL, then LC_MESSAGES, then LANG ("zh_CN.UTF-8" → "zh-CN"). "C" and "POSIX" say nothing.
 */
export function posixLanguages(env: Readonly<Record<string, string | undefined>>): string[] {
  const tags: string[] = [];
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.split(/[.@]/, 1)[0]?.trim();
    if (value && value !== 'C' && value !== 'POSIX') tags.push(value.replace('_', '-'));
  }
  return tags;
}
