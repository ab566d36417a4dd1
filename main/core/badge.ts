// The tray's model: what the badge counts, how alarming it is, and what the tooltip says (in
// the translator's language): the most urgent unread item, and the nearest deadline when that is
// another notification's (the window's header names the same one). A mailbox Flagwatch cannot
// read is a notice that may never arrive, so it makes the badge an error too, and is named.
import { marketplaceById } from './catalog/marketplaces';
import { mostUrgentClock, type WithDeadline } from './clocks/most-urgent-clock';
import type { Translator } from './i18n/translator';
import { isUnread } from './inbox/unread';
import type { Badge, PerformanceNotification } from './schema';
import { moreUrgent } from './urgency';

export type Connectivity = 'ok' | 'error' | 'offline';

export interface BadgeInput {
  notifications: readonly PerformanceNotification[];
  connectivity: Connectivity;
  /** Plain-words reason for an error state, shown in the tooltip. */
  error?: string;
  /** Each mailbox that cannot be read now, in words (unreadableMailboxes). */
  unreadable?: readonly string[];
  now: Date;
  /** The tooltip's language. */
  t: Translator;
}

/** What the badge counts and names: the unread, the most urgent of them, and the nearest deadline. */
function badgeSubjects(notifications: readonly PerformanceNotification[], now: Date) {
  let unread = 0;
  let urgent: PerformanceNotification | null = null;
  for (const n of notifications) {
    if (!isUnread(n, now)) continue;
    unread++;
    if (urgent === null || moreUrgent(n, urgent)) urgent = n;
  }
  return { unread, urgent, clock: mostUrgentClock(notifications, now) };
}

/** The badge, and how long its tooltip's words stay true with time alone. */
export interface BadgeReading {
  badge: Badge;
  /** Milliseconds until the time left the tooltip gives for a deadline changes; null when none will. */
  holdsFor: number | null;
}

export function badgeReading({
  notifications,
  connectivity,
  error,
  unreadable = [],
  now,
  t,
}: BadgeInput): BadgeReading {
  const { unread, urgent, clock } = badgeSubjects(notifications, now);
  // Offline, a mailbox fails for that reason alone: the offline state says it.
  const checks = connectivity === 'ok' && unread > 0 ? 'active' : connectivity === 'ok' ? 'idle' : connectivity;
  const state = checks !== 'offline' && unreadable.length > 0 ? 'error' : checks;
  const badge: Badge = {
    unread,
    highestSeverity: urgent?.severity ?? null,
    state,
    tooltip: tooltipText({
      unread,
      urgent,
      clock,
      state,
      failedCheck: connectivity === 'error' ? (error ?? t.t('common.unknownError')) : null,
      unreadable: state === 'offline' ? [] : unreadable,
      now,
      t,
    }),
    mostUrgentId: urgent?.id ?? null,
  };
  const holds = [urgent?.deadline, clock?.deadline].flatMap((deadline) => {
    const ms = deadline ? timeLeftHoldsFor(Date.parse(deadline) - now.getTime()) : null;
    return ms === null ? [] : [ms];
  });
  return { badge, holdsFor: holds.length > 0 ? Math.min(...holds) : null };
}

export function badgeModel(input: BadgeInput): Badge {
  return badgeReading(input).badge;
}

function tooltipText({
  unread,
  urgent,
  clock,
  state,
  failedCheck,
  unreadable,
  now,
  t,
}: {
  unread: number;
  urgent: PerformanceNotification | null;
  clock: WithDeadline | null;
  state: Badge['state'];
  failedCheck: string | null;
  unreadable: readonly string[];
  now: Date;
  t: Translator;
}): string {
  const lines = ['Flagwatch'];
  if (state === 'offline') lines.push(t.t('tray.tooltip.offline'));
  if (failedCheck !== null) lines.push(t.t('tray.tooltip.failed', { reason: failedCheck }));
  lines.push(...unreadable);
  lines.push(t.t('tray.tooltip.unread', { count: unread }));
  if (urgent) {
    const marketplace = marketplaceById(urgent.marketplaceId).code;
    const due = urgent.deadline ? ` · ${timeLeft(Date.parse(urgent.deadline) - now.getTime(), t)}` : '';
    lines.push(t.t('tray.tooltip.mostUrgent', { title: urgent.title, marketplace }) + due);
  }
  if (clock && clock.id !== urgent?.id) {
    const marketplace = marketplaceById(clock.marketplaceId).code;
    const due = timeLeft(Date.parse(clock.deadline) - now.getTime(), t);
    lines.push(`${t.t('clocks.tooltip.nextDeadline', { title: clock.title, marketplace })} · ${due}`);
  }
  return lines.join('\n');
}

/** A sort comparator: most urgent first. */
export function byUrgency(a: PerformanceNotification, b: PerformanceNotification): number {
  if (moreUrgent(a, b)) return -1;
  return moreUrgent(b, a) ? 1 : 0;
}

/** How long timeLeft(ms) keeps its words as `ms` runs down: until it names one unit fewer, or says overdue. */
export function timeLeftHoldsFor(ms: number): number | null {
  if (ms <= 0) return null;
  const hours = Math.floor(ms / 3_600_000);
  if (hours >= 48) return ms - Math.floor(hours / 24) * 86_400_000 + 1;
  if (hours >= 1) return ms - hours * 3_600_000 + 1;
  const minutes = Math.floor(ms / 60_000);
  // "1 minute" is said down to the deadline itself.
  return minutes >= 2 ? ms - minutes * 60_000 + 1 : ms;
}

/** "due in 3 d", "due in 5 h", "overdue" — coarse on purpose: a tooltip is glanced at. */
export function timeLeft(ms: number, t: Translator): string {
  if (ms <= 0) return t.t('time.overdue');
  const hours = Math.floor(ms / 3_600_000);
  if (hours >= 48) return t.t('time.dueInDays', { count: Math.floor(hours / 24) });
  if (hours >= 1) return t.t('time.dueInHours', { count: hours });
  return t.t('time.dueInMinutes', { count: Math.max(1, Math.floor(ms / 60_000)) });
}
