// What the inbox shows, derived from the host's InboxView on every read: nothing here is stored,
// so a count can never disagree with the list it counts.
import { moreUrgent } from '../../main/core/badge';
import { isSnoozed, isUnread } from '../../main/core/inbox/unread';
import { metricGroups, type InboxView, type MetricGroup, type PerformanceNotification } from '../../preload/contract';

export interface GroupSection {
  group: MetricGroup;
  /** Open and not snoozed, most urgent first. */
  notifications: PerformanceNotification[];
  unread: number;
}

/** Every metric group, in Seller Central's order, even when empty: the layout never jumps. */
export function groupSections(notifications: readonly PerformanceNotification[], now: Date): GroupSection[] {
  const showing = notifications.filter((n) => n.status === 'open' && !isSnoozed(n, now)).sort(byUrgency);
  return metricGroups.map((group) => {
    const inGroup = showing.filter((n) => n.group === group);
    return {
      group,
      notifications: inGroup,
      unread: inGroup.filter((n) => isUnread(n, now)).length,
    };
  });
}

/** Open but snoozed: out of the count until the snooze ends. */
export function snoozedNotifications(notifications: readonly PerformanceNotification[], now: Date): PerformanceNotification[] {
  return notifications.filter((n) => n.status === 'open' && isSnoozed(n, now)).sort(byUrgency);
}

/** Resolved, most recently resolved first. */
export function resolvedNotifications(notifications: readonly PerformanceNotification[]): PerformanceNotification[] {
  return notifications
    .filter((n) => n.status === 'resolved')
    .sort((a, b) => resolvedTime(b) - resolvedTime(a));
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

function byUrgency(a: PerformanceNotification, b: PerformanceNotification): number {
  if (moreUrgent(a, b)) return -1;
  return moreUrgent(b, a) ? 1 : 0;
}
