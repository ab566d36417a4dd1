// Which native notifications to raise after a poll. Only newly added items ever alert (a re-poll
// never re-alerts); many at once become one summary; quiet hours and "pause" hold back all but
// critical items (account at risk or deactivated), which must always get through. Our own words
// (the summary, the time left) are in the translator's language; titles and texts are the source's.
import { byUrgency, timeLeft } from '../badge';
import { marketplaceById } from '../catalog/marketplaces';
import type { Translator } from '../i18n/translator';
import { shownOnly } from '../inbox/visibility';
import type { Account, PerformanceNotification, Settings } from '../schema';
import { raisesAlert, soundsFor } from './preferences';
import { inQuietHours } from './quiet-hours';

export interface PlannedNotification {
  title: string;
  body: string;
  urgency: 'normal' | 'critical';
  /** The notification a click opens; null for a summary, which opens the inbox. */
  notificationId: string | null;
  /** Set for the morning digest: a click opens the Today view instead. */
  opens?: 'today';
  /** Shown without a sound; absent or false plays the system's notification sound. */
  silent?: boolean;
}

export interface PlanInput {
  added: readonly PerformanceNotification[];
  accounts: readonly Account[];
  /** Without `alerts` every item may alert; without `hidden` nothing is hidden. */
  settings: Pick<Settings, 'notificationsPaused' | 'quietHours'> & Partial<Pick<Settings, 'alerts' | 'hidden'>>;
  now: Date;
  t: Translator;
}

/** More than this many at once and the user gets one summary instead of a flood. */
export const summaryThreshold = 3;

export function planNotifications({ added, accounts, settings, now, t }: PlanInput): PlannedNotification[] {
  const holdBack = settings.notificationsPaused || inQuietHours(settings.quietHours, now);
  const { alerts, hidden } = settings;
  // The one place the seller's choices apply: hidden accounts and marketplaces, then groups and severities.
  const due = (hidden ? shownOnly(added, hidden) : added)
    .filter((n) => n.status === 'open' && !n.read)
    .filter((n) => !alerts || raisesAlert(n, alerts))
    .filter((n) => !holdBack || n.severity === 'critical')
    .sort(byUrgency);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const sound = (items: PerformanceNotification[]) => (!alerts || soundsFor(items, alerts) ? {} : { silent: true });
  if (due.length > summaryThreshold) return [{ ...summaryOf(due, names, t), ...sound(due) }];
  return due.map((n) => ({ ...single(n, names, now, t), ...sound([n]) }));
}

function single(n: PerformanceNotification, names: Map<string, string>, now: Date, t: Translator): PlannedNotification {
  const where = `${names.get(n.accountId) ?? n.accountId} · ${marketplaceById(n.marketplaceId).code}`;
  const due = n.deadline ? ` · ${timeLeft(Date.parse(n.deadline) - now.getTime(), t)}` : '';
  const firstLine = n.text.split('\n', 1)[0] ?? '';
  return {
    title: n.title,
    body: `${where}${due}${firstLine ? `\n${firstLine}` : ''}`,
    urgency: n.severity === 'critical' ? 'critical' : 'normal',
    notificationId: n.id,
  };
}

function summaryOf(due: PerformanceNotification[], names: Map<string, string>, t: Translator): PlannedNotification {
  // A summary lists as many items as would have alerted one by one; it only exists when there are
  // more than that, so there is always a rest to count.
  const lines = due
    .slice(0, summaryThreshold)
    .map((n) => `• ${n.title} (${names.get(n.accountId) ?? n.accountId} · ${marketplaceById(n.marketplaceId).code})`);
  lines.push(t.t('notify.summary.more', { count: due.length - summaryThreshold }));
  return {
    title: t.t('notify.summary.title', { count: due.length }),
    body: lines.join('\n'),
    urgency: due.some((n) => n.severity === 'critical') ? 'critical' : 'normal',
    notificationId: null,
  };
}
