// Which metrics are close to missing their target: they still meet it, but at most a fifth of the
// room it allows is left. "Room" is the distance from zero to an upper limit (ODR under 1 %: 0.8 %
// leaves a fifth), from 100 % to a lower limit for rates (valid tracking above 95 %: 96 % leaves
// a fifth of the 5 % shortfall allowed), and from the limit itself for scores. A zero-count target
// has no room to speak of: any count already raises a notification.
import { z } from 'zod/mini';
import type { LatestMetric } from '../health/latest-metrics';
import { TargetSchema, type TargetCondition } from '../schema';

/** Within this share of the target's room counts as near. */
export const nearTargetShare = 0.2;

export const NearTargetSchema = z.object({
  accountId: z.string(),
  marketplaceId: z.string(),
  metric: z.string(),
  unit: z.enum(['rate', 'count', 'score', 'status']),
  value: z.number(),
  target: TargetSchema,
  /** How far the value may still move before it misses the target, in the metric's own unit. */
  headroom: z.number(),
  /** The share of the target's room still left (0–0.2). */
  roomLeft: z.number(),
});
export type NearTarget = z.infer<typeof NearTargetSchema>;

/** Metrics that meet their target with little room left, the closest first. */
export function nearTargets(metrics: readonly LatestMetric[]): NearTarget[] {
  const near: NearTarget[] = [];
  for (const m of metrics) {
    if (m.target === null || m.meetsTarget !== true) continue;
    const room = roomOf(m.unit, m.target.condition, m.target.value);
    if (room === null) continue;
    const headroom = Math.abs(m.target.value - m.value);
    const roomLeft = headroom / room;
    if (roomLeft > nearTargetShare) continue;
    const { accountId, marketplaceId, metric, unit, value, target } = m;
    near.push({ accountId, marketplaceId, metric, unit, value, target, headroom, roomLeft });
  }
  return near.sort((a, b) => a.roomLeft - b.roomLeft);
}

function roomOf(unit: LatestMetric['unit'], condition: TargetCondition, limit: number): number | null {
  if (condition === 'LESS_THAN') return limit > 0 ? limit : null;
  if (condition === 'GREATER_THAN') {
    if (unit === 'rate') return limit < 1 ? 1 - limit : null;
    return limit > 0 ? limit : null;
  }
  return null;
}
