// Quiet hours: a local wall-clock window in which only critical notifications get through, and
// which moves the morning digest to its end.
import type { QuietHours } from '../schema';

/** Whether local wall-clock `now` falls in the quiet window; windows may cross midnight. */
export function inQuietHours(quiet: QuietHours, now: Date): boolean {
  if (!quiet.enabled) return false;
  const minute = now.getHours() * 60 + now.getMinutes();
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** `at` itself when it is outside the quiet window, else the moment that window ends (local time). */
export function afterQuietHours(quiet: QuietHours, at: Date): Date {
  if (!inQuietHours(quiet, at)) return at;
  const end = minutesOf(quiet.end);
  const sameDay = new Date(at.getFullYear(), at.getMonth(), at.getDate(), Math.floor(end / 60), end % 60);
  if (sameDay > at) return sameDay;
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1, Math.floor(end / 60), end % 60);
}

/** Minutes since local midnight of an "HH:MM" time. */
export function minutesOf(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
