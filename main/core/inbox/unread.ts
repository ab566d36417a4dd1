import type { PerformanceNotification } from '../schema';

/** Counts toward the badge: open, not read, and not snoozed past `now`. */
export function isUnread(n: PerformanceNotification, now: Date): boolean {
  return n.status === 'open' && !n.read && !isSnoozed(n, now);
}

export function isSnoozed(n: PerformanceNotification, now: Date): boolean {
  return n.snoozedUntil !== null && Date.parse(n.snoozedUntil) > now.getTime();
}
