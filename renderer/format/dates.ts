// Dates as the seller reads them: in the window's language, in their own time zone.
import type { Translator } from '../../main/core/i18n/translator';

const hourMs = 3_600_000;

export function formatDateTime(translator: Translator, iso: string): string {
  return translator.date(iso, 'dateTime');
}

/** Just the time for today ("10:04"), the date too for any other day. */
export function formatMoment(translator: Translator, iso: string, now: Date): string {
  const at = new Date(iso);
  return translator.date(at, at.toDateString() === now.toDateString() ? 'time' : 'dateTime');
}

/** "due in 3 d", "overdue": coarse on purpose, like the tray tooltip. */
export function formatTimeLeft(translator: Translator, deadline: string, now: Date): string {
  const ms = Date.parse(deadline) - now.getTime();
  if (ms <= 0) return translator.t('window.timeLeft.overdue');
  const hours = Math.floor(ms / hourMs);
  if (hours >= 48) return translator.t('window.timeLeft.days', { days: Math.floor(hours / 24) });
  if (hours >= 1) return translator.t('window.timeLeft.hours', { hours });
  return translator.t('window.timeLeft.minutes', { minutes: Math.max(1, Math.floor(ms / 60_000)) });
}
