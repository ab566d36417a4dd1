// The days in a row the seller has looked at Flagwatch (opened the window or acted on a
// notification): a gentle habit signal for the Today view. Days are local "YYYY-MM-DD".
import { shiftDay } from './local-day';

/** Enough history for any streak worth showing, and small enough to keep in a file forever. */
export const visitDaysKept = 400;

/** The days with `today` added (once), oldest first, the oldest dropped past `visitDaysKept`. */
export function withVisit(days: readonly string[], today: string): string[] {
  const all = [...new Set([...days, today])].sort();
  return all.slice(-visitDaysKept);
}

/**
 * Consecutive days up to today; a streak that ended yesterday still counts until today is over
 * (the seller may not have looked yet today).
 */
export function daysInARow(days: readonly string[], today: string): number {
  const seen = new Set(days);
  let day = seen.has(today) ? today : shiftDay(today, -1);
  let count = 0;
  while (seen.has(day)) {
    count++;
    day = shiftDay(day, -1);
  }
  return count;
}
