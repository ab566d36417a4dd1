// What the inbox shows, derived from the host's InboxView on every read: nothing here is stored,
// so a count can never disagree with the list it counts.
import { byUrgency } from '../../main/core/badge';
import { isSnoozed } from '../../main/core/inbox/unread';
import type { InboxView, PerformanceNotification } from '../../preload/contract';

export { groupSections, type GroupSection } from '../../main/core/inbox/sections';

/** Open but snoozed: out of the count until the snooze ends. */
export function snoozedNotifications(
  notifications: readonly PerformanceNotification[],
  now: Date,
): PerformanceNotification[] {
  return notifications.filter((n) => n.status === 'open' && isSnoozed(n, now)).sort(byUrgency);
}

/** Resolved, most recently resolved first. */
export function resolvedNotifications(notifications: readonly PerformanceNotification[]): PerformanceNotification[] {
  return notifications.filter((n) => n.status === 'resolved').sort((a, b) => resolvedTime(b) - resolvedTime(a));
}

export function findNotification(view: InboxView, id: string): PerformanceNotification | undefined {
  return view.notifications.find((n) => n.id === id);
}

/** The account's display name; its id when the host did not list it. */
export function accountName(view: InboxView, accountId: string): string {
  return view.accounts.find((a) => a.id === accountId)?.name ?? accountId;
}

function resolvedTime(n: PerformanceNotification): number {
  return Date.parse(n.resolvedAt ?? n.receivedAt);
}
