// Which deadline reminders to raise now, and what to remember. Every open notification with a
// deadline gets its leads (72, 24, 4 h) once each; read or snoozed makes no difference, since
// Amazon's clock runs on regardless. What is raised is recorded first, so a restart never raises
// it again. Quiet hours hold back a reminder more than 24 h out until they end (raised then if it
// is still the nearest); a reminder within 24 h, and any for a critical item, gets through.
// "Pause notifications" is the seller's explicit "not now": it settles a due reminder without
// showing it (un-pausing brings no burst of stale ones), except for critical items, which always
// get through, as new critical items do. A notification the last check just added has had its
// own alert, which names the time left: the leads it has already reached are settled, not raised
// again a moment later. A notification the seller chose not to be told about (a hidden account or
// marketplace, a group or severity turned off in the alert preferences) raises no reminder either:
// its due leads are settled like paused ones, so showing it again brings no burst. Critical items
// get through a group turned off, as their alerts do; hidden wins over severity, as everywhere.
import { marketplaceById } from '../catalog/marketplaces';
import { dueLeadHours, nextDueMs, type DeadlineClock } from '../clocks/reminder-due';
import { reminderRules } from '../clocks/reminder-rules';
import { timeLeftWords } from '../clocks/time-left-words';
import type { Translator } from '../i18n/translator';
import { isShown } from '../inbox/visibility';
import type { Account, PerformanceNotification, Settings } from '../schema';
import type { PlannedNotification } from './plan';
import { raisesAlert } from './preferences';
import { afterQuietHours, inQuietHours } from './quiet-hours';

/** By notification id: the deadline its reminders were for, and the smallest lead done. */
export type RaisedReminders = Record<string, { deadline: string; leadHours: number }>;

export interface ReminderInput {
  notifications: readonly PerformanceNotification[];
  raised: RaisedReminders;
  accounts: readonly Account[];
  settings: Pick<Settings, 'notificationsPaused' | 'quietHours' | 'alerts' | 'hidden'>;
  now: Date;
  t: Translator;
  /** Story time per app time of a source's deadlines (the demo's speed); 1 for real ones. */
  scaleOf(sourceId: string): number;
  /** Notifications just added and alerted as new: the leads they have reached are settled. */
  justAlerted?: ReadonlySet<string>;
}

export interface HeldReminder {
  notificationId: string;
  leadHours: number;
  reason: 'quiet hours' | 'paused' | 'hidden' | 'turned off';
}

export interface ReminderPlan {
  show: PlannedNotification[];
  /** What to remember from now on: only open notifications whose deadline is still ahead. */
  raised: RaisedReminders;
  held: HeldReminder[];
  /** When to look again (the next lead, or the end of quiet hours); null when nothing is left. */
  wakeAt: Date | null;
}

export function planReminders(input: ReminderInput): ReminderPlan {
  const { now, settings } = input;
  const quiet = inQuietHours(settings.quietHours, now);
  const names = new Map(input.accounts.map((a) => [a.id, a.name]));
  const show: PlannedNotification[] = [];
  const held: HeldReminder[] = [];
  const raised: RaisedReminders = {};
  const wakes: number[] = [];

  for (const n of input.notifications) {
    if (n.status !== 'open' || n.deadline === null) continue;
    const deadlineMs = Date.parse(n.deadline);
    if (deadlineMs <= now.getTime()) continue;
    const before = input.raised[n.id];
    const clock: DeadlineClock = {
      deadlineMs,
      doneLeadHours: before?.deadline === n.deadline ? before.leadHours : null,
      scale: input.scaleOf(n.source),
    };
    const lead = dueLeadHours(clock, now.getTime());
    const critical = n.severity === 'critical';
    const mutedBy = muted(n, settings);
    if (lead !== null) {
      if (before === undefined && input.justAlerted?.has(n.id)) {
        clock.doneLeadHours = lead;
      } else if (mutedBy !== null) {
        held.push({ notificationId: n.id, leadHours: lead, reason: mutedBy });
        clock.doneLeadHours = lead;
      } else if (settings.notificationsPaused && !critical) {
        held.push({ notificationId: n.id, leadHours: lead, reason: 'paused' });
        clock.doneLeadHours = lead;
      } else if (quiet && !critical && lead > reminderRules.breaksQuietHoursWithinHours) {
        held.push({ notificationId: n.id, leadHours: lead, reason: 'quiet hours' });
        wakes.push(afterQuietHours(settings.quietHours, now).getTime());
      } else {
        show.push(reminder(n, lead, clock, input, names));
        clock.doneLeadHours = lead;
      }
    }
    if (clock.doneLeadHours !== null) raised[n.id] = { deadline: n.deadline, leadHours: clock.doneLeadHours };
    const next = nextDueMs(clock, now.getTime());
    if (next !== null) wakes.push(next);
  }
  return { show, raised, held, wakeAt: wakes.length === 0 ? null : new Date(Math.min(...wakes)) };
}

/** Why the seller's choices keep this notification's reminders back, or null when they do not. */
function muted(n: PerformanceNotification, settings: ReminderInput['settings']): 'hidden' | 'turned off' | null {
  if (!isShown(n, settings.hidden)) return 'hidden';
  return raisesAlert(n, settings.alerts) ? null : 'turned off';
}

function reminder(
  n: PerformanceNotification,
  leadHours: number,
  clock: DeadlineClock,
  { now, t }: ReminderInput,
  names: Map<string, string>,
): PlannedNotification {
  const left = timeLeftWords((clock.deadlineMs - now.getTime()) * clock.scale, t);
  const where = `${names.get(n.accountId) ?? n.accountId} · ${marketplaceById(n.marketplaceId).code}`;
  const breaksThrough = n.severity === 'critical' || leadHours <= reminderRules.breaksQuietHoursWithinHours;
  return {
    title: t.t('clocks.reminder.title', { left, title: n.title }),
    body: t.t('clocks.reminder.body', { where, deadline: t.date(n.deadline!, 'dateTime') }),
    urgency: breaksThrough ? 'critical' : 'normal',
    notificationId: n.id,
  };
}
