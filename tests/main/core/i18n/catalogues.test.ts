import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../main/core/i18n/catalogues';
import { parseIcuMessage } from '../../../../main/core/i18n/icu-message';
import { locales } from '../../../../main/core/i18n/locales';

/** The names of a message's arguments, however deeply they are nested in plurals and selects. */
function argumentsOf(elements: readonly MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, names);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, names);
  }
  return names;
}

describe('the catalogues', () => {
  const english = catalogues.en;

  it.each(locales.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale) => {
    const keys = Object.keys(catalogues[locale]).sort();
    expect(keys).toEqual(Object.keys(english).sort());
  });

  it.each(locales)('every %s message is valid ICU and not empty', (locale) => {
    for (const [key, message] of Object.entries(catalogues[locale])) {
      expect(message.trim(), key).not.toBe('');
      expect(() => parse(message, { ignoreTag: true }), key).not.toThrow();
    }
  });

  it.each(locales)('every %s message is in the ICU subset the translator formats', (locale) => {
    for (const [key, message] of Object.entries(catalogues[locale])) {
      expect(() => parseIcuMessage(message), key).not.toThrow();
    }
  });

  it.each(locales.filter((l) => l !== 'en'))('%s uses the same arguments as English in every message', (locale) => {
    const translated: Readonly<Record<string, string>> = catalogues[locale];
    for (const [key, message] of Object.entries(english)) {
      const expected = [...argumentsOf(parse(message, { ignoreTag: true }))].sort();
      const actual = [...argumentsOf(parse(translated[key] ?? '', { ignoreTag: true }))].sort();
      expect(actual, key).toEqual(expected);
    }
  });
});
