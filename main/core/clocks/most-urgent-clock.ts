// The most urgent clock: the open notification whose deadline is nearest and still ahead. A tie
// goes to the more urgent notification (severity, then the newer), then to the smaller id, so the
// tray, the header and the digest always name the same one.
import { moreUrgent } from '../urgency';
import type { PerformanceNotification } from '../schema';

export type WithDeadline = PerformanceNotification & { deadline: string };

export function mostUrgentClock(notifications: readonly PerformanceNotification[], now: Date): WithDeadline | null {
  let best: WithDeadline | null = null;
  let bestMs = Infinity;
  for (const n of notifications) {
    if (n.status !== 'open' || n.deadline === null) continue;
    const at = Date.parse(n.deadline);
    if (at <= now.getTime()) continue;
    if (best === null || at < bestMs || (at === bestMs && wins(n, best))) {
      best = { ...n, deadline: n.deadline };
      bestMs = at;
    }
  }
  return best;
}

function wins(a: PerformanceNotification, b: PerformanceNotification): boolean {
  if (moreUrgent(a, b)) return true;
  if (moreUrgent(b, a)) return false;
  return a.id < b.id;
}
