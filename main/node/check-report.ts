// What `flagwatch check` prints: the open notifications by metric group, the same sections the
// inbox window shows, as text for people or JSON for scripts.
import { timeLeft } from '../core/badge';
import { marketplaceById } from '../core/catalog/marketplaces';
import { metricGroupLabels } from '../core/catalog/metrics';
import type { Badge, MetricGroup, PerformanceNotification } from '../core/schema';
import type { InboxView } from '../../preload/contract';
import { groupSections } from '../core/inbox/sections';

export interface GroupReport {
  group: MetricGroup;
  label: string;
  unread: number;
  notifications: PerformanceNotification[];
}

export interface CheckReport {
  groups: GroupReport[];
  badge: Badge;
}

export function checkReport(view: InboxView, now: Date): CheckReport {
  return {
    groups: groupSections(view.notifications, now).map((section) => ({
      group: section.group,
      label: metricGroupLabels[section.group],
      unread: section.unread,
      notifications: section.notifications,
    })),
    badge: view.badge,
  };
}

/**
 * One heading per group with its counts, then one line per notification:
 * unread mark, severity, title · account · marketplace · deadline.
 */
export function formatCheckReport(report: CheckReport, accounts: InboxView['accounts'], now: Date): string {
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const { unread } = report.badge;
  const lines = [
    unread === 0
      ? 'No unread performance notifications.'
      : `${unread} unread performance notification${unread === 1 ? '' : 's'}.`,
  ];
  for (const group of report.groups) {
    const open = group.notifications.length;
    lines.push('', open === 0 ? `${group.label}: none open` : `${group.label}: ${open} open, ${group.unread} unread`);
    for (const n of group.notifications) {
      const fields = [
        n.title,
        names.get(n.accountId) ?? n.accountId,
        marketplaceById(n.marketplaceId).code,
        deadlineText(n.deadline, now),
      ];
      lines.push(`  ${n.read ? ' ' : '*'} ${n.severity.toUpperCase().padEnd(8)}  ${fields.join(' · ')}`);
    }
  }
  return lines.join('\n');
}

function deadlineText(deadline: string | null, now: Date): string {
  if (deadline === null) return 'no deadline';
  const iso = new Date(deadline).toISOString();
  const at = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return `${timeLeft(Date.parse(deadline) - now.getTime())} (${at})`;
}
