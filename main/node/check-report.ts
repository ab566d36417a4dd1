// What `flagwatch check` prints: the open notifications by metric group, the same sections the
// inbox window shows, as text for people or JSON for scripts. People read it in the translator's
// language; JSON keeps its keys and enum values, only `label` follows the language.
import { timeLeft } from '../core/badge';
import { marketplaceById } from '../core/catalog/marketplaces';
import type { Translator } from '../core/i18n/translator';
import type { Badge, MetricGroup, PerformanceNotification } from '../core/schema';
import type { InboxView } from '../../preload/contract';
import { groupSections } from '../core/inbox/sections';
import { padEndToWidth } from './display-width';

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

export function checkReport(view: InboxView, now: Date, t: Translator): CheckReport {
  return {
    groups: groupSections(view.notifications, now).map((section) => ({
      group: section.group,
      label: t.t(`group.${section.group}`),
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
export function formatCheckReport(
  report: CheckReport,
  accounts: InboxView['accounts'],
  now: Date,
  t: Translator,
): string {
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const lines = [t.t('cli.check.unread', { count: report.badge.unread })];
  for (const { label: group, notifications, unread } of report.groups) {
    const open = notifications.length;
    lines.push(
      '',
      open === 0 ? t.t('cli.check.groupNoneOpen', { group }) : t.t('cli.check.groupCounts', { group, open, unread }),
    );
    for (const n of notifications) {
      const fields = [
        n.title,
        names.get(n.accountId) ?? n.accountId,
        marketplaceById(n.marketplaceId).code,
        deadlineText(n.deadline, now, t),
      ];
      const severity = t.t(`severity.${n.severity}`).toLocaleUpperCase(t.locale);
      lines.push(`  ${n.read ? ' ' : '*'} ${padEndToWidth(severity, 8)}  ${fields.join(' · ')}`);
    }
  }
  return lines.join('\n');
}

/** The time left, then the moment itself in the reader's locale and time zone. */
function deadlineText(deadline: string | null, now: Date, t: Translator): string {
  if (deadline === null) return t.t('cli.check.noDeadline');
  const left = timeLeft(Date.parse(deadline) - now.getTime(), t);
  return t.t('cli.check.deadline', { left, at: t.date(deadline, 'dateTime') });
}
