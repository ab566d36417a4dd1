// A history day ('YYYY-MM-DD', a UTC day) in the window's language. The day is the same
// everywhere, so it is written in UTC rather than moved into the reader's time zone.
import type { Translator } from '../../../main/core/i18n/translator';

const styles = {
  /** "Nov 3, 2026" */
  date: { dateStyle: 'medium' },
  /** "Nov 3": the chart's axis */
  short: { month: 'short', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatDay(i18n: Pick<Translator, 'locale'>, day: string, style: keyof typeof styles = 'date'): string {
  return new Intl.DateTimeFormat(i18n.locale, { ...styles[style], timeZone: 'UTC' }).format(
    Date.parse(`${day}T00:00:00Z`),
  );
}
