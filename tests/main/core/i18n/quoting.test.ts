// ICU quoting is easy to get wrong: an apostrophe before a brace quotes it, so "'{option}'" prints
// "{option}" instead of the option. Formatting every message with its arguments must leave no
// argument name in braces behind.
import { describe, expect, it } from 'vitest';
import { catalogues, translatorFor } from '../../../../main/core/i18n/catalogues';
import type { MessageKey } from '../../../../main/core/i18n/catalogue';
import { locales } from '../../../../main/core/i18n/locales';

/** A value for any argument a message may name: a plural or a number takes 2, a select takes its other case. */
const anyArguments = new Proxy({} as Record<string, string | number>, {
  get: () => 2,
  has: () => true,
});

describe('the catalogues’ quoting', () => {
  it.each(locales)('no %s message leaves an argument unfilled', (locale) => {
    const t = translatorFor(locale);
    for (const key of Object.keys(catalogues[locale]) as MessageKey[]) {
      expect(t.t(key, anyArguments), key).not.toMatch(/\{[A-Za-z]+\}/);
    }
  });
});
