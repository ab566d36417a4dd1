// Which of two notifications is more urgent: the one order the badge, the inbox's sections, the
// alerts and the most urgent clock all share.
import type { PerformanceNotification } from './schema';
import { severityRank } from './severity';

/** Higher severity first, then the nearer deadline, then the newer event. */
export function moreUrgent(a: PerformanceNotification, b: PerformanceNotification): boolean {
  const bySeverity = severityRank(a.severity) - severityRank(b.severity);
  if (bySeverity !== 0) return bySeverity > 0;
  const da = a.deadline ? Date.parse(a.deadline) : Infinity;
  const db = b.deadline ? Date.parse(b.deadline) : Infinity;
  if (da !== db) return da < db;
  return a.occurredAt > b.occurredAt;
}
