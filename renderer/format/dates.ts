// Dates as the seller reads them: in their own locale and time zone.
import { timeLeft } from '../../main/core/badge';
import { en } from '../../main/core/i18n/messages/en';
import { createTranslator } from '../../main/core/i18n/translator';

const english = createTranslator('en', en);

const dateAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  return dateAndTime.format(new Date(iso));
}

/** Just the time for today ("10:04"), the date too for any other day. */
export function formatMoment(iso: string, now: Date): string {
  const at = new Date(iso);
  return at.toDateString() === now.toDateString() ? timeOnly.format(at) : dateAndTime.format(at);
}

/** "due in 3 d", "overdue": the same coarse words as the tray tooltip. */
export function formatTimeLeft(deadline: string, now: Date): string {
  return timeLeft(Date.parse(deadline) - now.getTime(), english);
}
