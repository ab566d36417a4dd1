// Turns a catalogue into words: ICU messages (plurals, selects, numbers) through our own small
// ICU formatter, and dates, numbers and percentages through Intl for the locale. Pure: the
// same locale, catalogue and time zone always give the same text.
import type { MessageKey } from './catalogue';
import { createIcuFormatter, parseIcuMessage, type IcuMessage } from './icu-message';
import type { Locale } from './locales';

export type MessageValues = Readonly<Record<string, string | number | Date>>;
export type DateStyle = 'date' | 'dateTime' | 'time' | 'weekdayTime' | 'weekday';

/** Speaks the keys `Key` of one catalogue: all of them by default, or a part (the window's). */
export interface Translator<Key extends string = MessageKey> {
  readonly locale: Locale;
  /** The message for `key` with its arguments filled in. */
  t(key: Key, values?: MessageValues): string;
  /** Whether the catalogue has `key` (for keys built from data, such as a metric's). */
  has(key: string): key is Key;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A fraction as a percentage: 0.0125 → "1.25%". */
  percent(fraction: number, maximumFractionDigits?: number): string;
  date(value: Date | string | number, style?: DateStyle): string;
  /** "a, b and c" / "a、b和c". */
  list(items: readonly string[]): string;
  /**
   * Makes the locale's number, plural and date formats now instead of on first use. A page's
   * first number format loads the locale's data (20–40 ms in Chromium): done while the page
   * waits, it is not part of the first render that shows a number.
   */
  prepare(): void;
}

export interface TranslatorOptions {
  /** An IANA time zone; the process's own when absent. */
  timeZone?: string;
}

const dateStyles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
  weekdayTime: { weekday: 'short', hour: 'numeric', minute: '2-digit' },
  weekday: { weekday: 'long' },
};

export function createTranslator<Key extends string = MessageKey>(
  locale: Locale,
  catalogue: Readonly<Record<Key, string>>,
  options: TranslatorOptions = {},
): Translator<Key> {
  const { timeZone } = options;
  // Parsing a message costs far more than formatting it: parse each once, on first use.
  const messages = new Map<Key, IcuMessage>();
  const formatMessage = createIcuFormatter(locale);
  const dates = new Map<DateStyle, Intl.DateTimeFormat>();
  const numbers = new Map<string, Intl.NumberFormat>();

  function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
    const key = JSON.stringify(options);
    let format = numbers.get(key);
    if (!format) numbers.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format;
  }

  function dateFormat(style: DateStyle): Intl.DateTimeFormat {
    let format = dates.get(style);
    if (!format) dates.set(style, (format = new Intl.DateTimeFormat(locale, { ...dateStyles[style], timeZone })));
    return format;
  }

  function sourceOf(key: Key): string {
    if (!Object.hasOwn(catalogue, key)) throw new Error('the catalogue has no such message');
    return catalogue[key];
  }

  return {
    locale,
    t(key, values) {
      try {
        let message = messages.get(key);
        if (!message) messages.set(key, (message = parseIcuMessage(sourceOf(key))));
        return formatMessage(message, values);
      } catch (error) {
        throw new Error(`Message "${key}" (${locale}): ${(error as Error).message}`, { cause: error });
      }
    },
    has(key): key is Key {
      return Object.hasOwn(catalogue, key);
    },
    number: (value, options) => numberFormat(options).format(value),
    percent: (fraction, maximumFractionDigits = 2) =>
      numberFormat({ style: 'percent', maximumFractionDigits }).format(fraction),
    date: (value, style = 'dateTime') => dateFormat(style).format(typeof value === 'string' ? new Date(value) : value),
    list: (items) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
    prepare() {
      numberFormat();
      for (const style of Object.keys(dateStyles) as DateStyle[]) dateFormat(style);
      // The message formatter's own plural rules come from the same locale data, loaded here.
      new Intl.PluralRules(locale).select(0);
    },
  };
}
