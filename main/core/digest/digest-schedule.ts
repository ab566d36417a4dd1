// When the next morning digest is due: on each chosen weekday at the chosen local time, moved to
// the end of quiet hours when it falls inside them, and never twice for one day. A digest missed
// while the app was off or the machine asleep is still due later the same day (once), never on a
// later day: yesterday's summary is no use this morning.
import { afterQuietHours, minutesOf } from '../notify/quiet-hours';
import type { Settings } from '../schema';
import { localDay, startOfDay } from './local-day';

export interface DigestDue {
  /** The day the digest is for (local "YYYY-MM-DD"): what is remembered so it never comes twice. */
  day: string;
  /** When to show it; in the past when it is overdue (then: now). */
  at: Date;
}

/** Far enough ahead to reach any chosen weekday, and the day before today (see below). */
const lookAheadDays = 8;

/**
 * The next digest still to show, or null when there is none (off, or no day chosen). `lastSentDay`
 * is the day of the last digest shown: that day and every earlier one are done.
 */
export function nextDigest(
  settings: Pick<Settings, 'digest' | 'quietHours'>,
  lastSentDay: string | null,
  now: Date,
): DigestDue | null {
  const { digest, quietHours } = settings;
  if (!digest.enabled) return null;
  const today = localDay(now);
  const time = minutesOf(digest.time);
  // From yesterday: quiet hours across midnight can move yesterday's digest into today.
  for (let offset = -1; offset <= lookAheadDays; offset++) {
    const date = startOfDay(today, offset);
    const day = localDay(date);
    if (!digest.days.includes(date.getDay())) continue;
    if (lastSentDay !== null && day <= lastSentDay) continue;
    const nominal = new Date(date.getFullYear(), date.getMonth(), date.getDate(), Math.floor(time / 60), time % 60);
    const at = afterQuietHours(quietHours, nominal);
    if (at < now && localDay(at) !== today) continue;
    return { day, at };
  }
  return null;
}
