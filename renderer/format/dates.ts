// Dates as the seller reads them: in the window's language, in their own time zone.
import type { Translator } from '../../main/core/i18n/translator';

export function formatDateTime(translator: Translator, iso: string): string {
  return translator.date(iso, 'dateTime');
}

/** Just the time for today ("10:04"), the date too for any other day. */
export function formatMoment(translator: Translator, iso: string, now: Date): string {
  const at = new Date(iso);
  return translator.date(at, at.toDateString() === now.toDateString() ? 'time' : 'dateTime');
}

/** The time to the second ("12:03:05"): for what was saved a moment ago. */
export function formatTimeToSecond(translator: Translator, iso: string): string {
  return new Intl.DateTimeFormat(translator.locale, { timeStyle: 'medium' }).format(new Date(iso));
}
