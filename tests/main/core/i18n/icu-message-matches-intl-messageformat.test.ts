// Our ICU formatter replaced intl-messageformat: every message of both catalogues, formatted with
// many sets of values, must read exactly as intl-messageformat wrote it. intl-messageformat and
// its parser (test-only dependencies) find each message's arguments and select keys here.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../main/core/i18n/catalogues';
import { createIcuFormatter, parseIcuMessage } from '../../../../main/core/i18n/icu-message';
import { locales } from '../../../../main/core/i18n/locales';

type Values = Record<string, string | number>;

const counts = [0, 1, 2, 5, 21, 1000, 1234.5];

/** Each argument's use: a number (plural, number), the keys of a select, or plain text. */
function usesOf(elements: readonly MessageFormatElement[], uses = new Map<string, 'number' | 'text' | string[]>()) {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.number) uses.set(element.value, 'number');
    if (element.type === TYPE.select) {
      uses.set(element.value, [...Object.keys(element.options).filter((k) => k !== 'other'), 'no-such-option']);
    }
    if (element.type === TYPE.argument && !uses.has(element.value)) uses.set(element.value, 'text');
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) usesOf(option.value, uses);
    }
  }
  return uses;
}

/** For every count, every select key in turn, with text arguments as words and as the count. */
function valueSets(message: string): Values[] {
  const uses = usesOf(parse(message, { ignoreTag: true }));
  const keyCount = Math.max(1, ...[...uses.values()].map((use) => (Array.isArray(use) ? use.length : 1)));
  const sets: Values[] = [];
  for (const count of counts) {
    for (let k = 0; k < keyCount; k++) {
      for (const textAsNumber of [false, true]) {
        const values: Values = {};
        for (const [name, use] of uses) {
          if (use === 'number') values[name] = count;
          else if (use === 'text') values[name] = textAsNumber ? count : `‹${name} 名›`;
          else values[name] = use[k % use.length]!;
        }
        sets.push(values);
      }
    }
  }
  return sets;
}

describe('our ICU formatter against intl-messageformat', () => {
  it.each(locales)('formats every %s message as intl-messageformat does', (locale) => {
    const format = createIcuFormatter(locale);
    let compared = 0;
    for (const [key, message] of Object.entries(catalogues[locale])) {
      const theirs = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
      const ours = parseIcuMessage(message);
      for (const values of valueSets(message)) {
        expect(format(ours, values), `${key} ${JSON.stringify(values)}`).toBe(String(theirs.format(values)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(counts.length * 2 * Object.keys(catalogues[locale]).length);
  });
});
