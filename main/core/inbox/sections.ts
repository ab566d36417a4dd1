// The inbox's sections, one per metric group, shared by the window and `flagwatch check` so
// both always count the same way.
import { byUrgency } from '../badge';
import { metricGroups, type MetricGroup, type PerformanceNotification } from '../schema';
import { isSnoozed, isUnread } from './unread';

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
