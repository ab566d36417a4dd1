// The language of the `flagwatch` command before any data folder is open: the system's, as the
// POSIX variables say (LC_ALL, LC_MESSAGES, LANG). Once the app runs, its Settings may choose another.
import { translatorFor } from '../core/i18n/catalogues';
import { matchLocale, posixLanguages } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';

export function cliTranslator(env: Readonly<Record<string, string | undefined>>): Translator {
  return translatorFor(matchLocale(posixLanguages(env)));
}
