// When a deadline's reminders fall due. Each lead (72, 24, 4 h) is raised once; a deadline first
// seen late raises only the nearest lead already reached (seen 10 h before, the 24 h one, saying
// "10 hours left"), never a burst of all the leads it passed. Leads are in the deadline's own time:
// a source whose story runs `scale` times faster (the demo at speed 3600) shrinks them by as much.
import { hourMs, reminderRules } from './reminder-rules';

export interface DeadlineClock {
  deadlineMs: number;
  /** The smallest lead already raised or settled for this deadline; null when none. */
  doneLeadHours: number | null;
  /** Story time per app time: 1 for Amazon's real clocks. */
  scale: number;
}

/** How long before the deadline a lead falls due, in app ms. */
export function leadMs(leadHours: number, scale: number): number {
  return (leadHours * hourMs) / scale;
}

function pending(clock: DeadlineClock): number[] {
  return reminderRules.leadsHours.filter((lead) => clock.doneLeadHours === null || lead < clock.doneLeadHours);
}

/** The nearest lead reached and not yet done, or null (none reached, or the deadline has passed). */
export function dueLeadHours(clock: DeadlineClock, nowMs: number): number | null {
  const left = clock.deadlineMs - nowMs;
  if (left <= 0) return null;
  const reached = pending(clock).filter((lead) => left <= leadMs(lead, clock.scale));
  return reached.length === 0 ? null : Math.min(...reached);
}

/** When the next lead not yet reached falls due (app ms), or null when none is left. */
export function nextDueMs(clock: DeadlineClock, nowMs: number): number | null {
  const left = clock.deadlineMs - nowMs;
  const ahead = pending(clock).filter((lead) => leadMs(lead, clock.scale) < left);
  return ahead.length === 0 ? null : clock.deadlineMs - leadMs(Math.max(...ahead), clock.scale);
}
