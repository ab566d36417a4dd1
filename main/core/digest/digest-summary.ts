// The morning digest's facts, the same for the desktop notification, the Today view and
// `flagwatch digest --json`: open notifications by metric group with their unread counts, the
// nearest deadline with the time left, metrics close to their target, and appeals waiting for
// Amazon's answer. "All clear" when nothing is open and no appeal waits.
import { z } from 'zod/mini';
import { appealSummary } from '../appeal/appeal-summary';
import type { Appeal } from '../appeal/appeal-schema';
import { appealStatus } from '../appeal/attempts';
import { mostUrgentClock } from '../clocks/most-urgent-clock';
import { latestMetrics } from '../health/latest-metrics';
import { isUnread } from '../inbox/unread';
import {
  IsoDateSchema,
  MetricGroupSchema,
  metricGroups,
  type Account,
  type MetricReading,
  type PerformanceNotification,
} from '../schema';
import { nearTargets, NearTargetSchema } from './near-target';

export const DigestGroupSchema = z.object({
  group: MetricGroupSchema,
  open: z.int().check(z.positive()),
  unread: z.int().check(z.nonnegative()),
});

export const MostUrgentSchema = z.object({
  id: z.string(),
  title: z.string(),
  group: MetricGroupSchema,
  accountId: z.string(),
  marketplaceId: z.string(),
  deadline: IsoDateSchema,
  /** Time left at `generatedAt`: always ahead, as a passed deadline is no longer the next one. */
  msLeft: z.number(),
});

export const AwaitingAnswerSchema = z.object({
  id: z.string(),
  title: z.string(),
  accountId: z.nullable(z.string()),
  marketplaceId: z.nullable(z.string()),
  /** When the last attempt went to Amazon. */
  submittedAt: IsoDateSchema,
});

export const DigestSummarySchema = z.object({
  generatedAt: IsoDateSchema,
  /** Only the groups with something open, in Seller Central's order. */
  groups: z.array(DigestGroupSchema),
  /** The open notification with the nearest deadline still ahead (the tray's and header's too). */
  mostUrgent: z.nullable(MostUrgentSchema),
  nearTarget: z.array(NearTargetSchema),
  awaitingAnswer: z.array(AwaitingAnswerSchema),
  allClear: z.boolean(),
});
export type DigestSummary = z.infer<typeof DigestSummarySchema>;

export interface DigestInput {
  notifications: readonly PerformanceNotification[];
  accounts: readonly Account[];
  readings: readonly MetricReading[];
  appeals: readonly Appeal[];
  now: Date;
}

export function digestSummary({ notifications, accounts, readings, appeals, now }: DigestInput): DigestSummary {
  const open = notifications.filter((n) => n.status === 'open');
  const groups = metricGroups
    .map((group) => {
      const inGroup = open.filter((n) => n.group === group);
      return { group, open: inGroup.length, unread: inGroup.filter((n) => isUnread(n, now)).length };
    })
    .filter((g) => g.open > 0);
  const watched = new Set(accounts.map((a) => a.id));
  const awaitingAnswer = appeals
    .filter((a) => appealStatus(a) === 'submitted')
    .map((a) => {
      const { id, title, accountId, marketplaceId } = appealSummary(
        a,
        notifications.find((n) => n.id === a.notificationId),
      );
      return { id, title, accountId, marketplaceId, submittedAt: a.attempts.at(-1)!.at };
    })
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  return {
    generatedAt: now.toISOString(),
    groups,
    mostUrgent: nearestDeadline(open, now),
    nearTarget: nearTargets(latestMetrics(readings).filter((m) => watched.has(m.accountId))),
    awaitingAnswer,
    allClear: groups.length === 0 && awaitingAnswer.length === 0,
  };
}

function nearestDeadline(open: readonly PerformanceNotification[], now: Date): DigestSummary['mostUrgent'] {
  const nearest = mostUrgentClock(open, now);
  if (nearest === null) return null;
  const { id, title, group, accountId, marketplaceId, deadline } = nearest;
  return { id, title, group, accountId, marketplaceId, deadline, msLeft: Date.parse(deadline) - now.getTime() };
}
