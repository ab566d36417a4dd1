// How close a rate metric is to its limit, in orders rather than percentages: "3 more late
// shipments and the Late Shipment Rate misses its target". Worked out only from the counts the
// report gave (never guessed from the rate), and the moment the oldest counted order leaves the
// window only when the report gave its window.
import { z } from 'zod/mini';
import { IsoDateSchema, type MetricReading, type Target } from '../schema';

export const HeadroomSchema = z.discriminatedUnion('kind', [
  /** The window counted no orders: nothing to count against yet. */
  z.object({ kind: z.literal('noOrders') }),
  z.object({
    kind: z.literal('orders'),
    orders: z.int().check(z.nonnegative()),
    defects: z.int().check(z.nonnegative()),
    /** How many more defects among the counted orders miss the target; 0 when it is missed already. */
    defectsToMiss: z.int().check(z.nonnegative()),
    /** When the oldest counted order leaves the window; null when the report did not give its window. */
    oldestLeavesAt: z.nullable(IsoDateSchema),
  }),
]);
export type Headroom = z.infer<typeof HeadroomSchema>;

const dayMs = 24 * 60 * 60 * 1000;

/** Null when there is nothing to say: not a rate with a bound, or the report gave no counts. */
export function headroomOf(reading: Pick<MetricReading, 'counts' | 'window'>, target: Target | null): Headroom | null {
  const { counts } = reading;
  if (!counts || !target || target.condition === 'EQUALS') return null;
  if (counts.orders === 0) return { kind: 'noOrders' };
  const { orders, defects } = counts;
  // Below the target, the rate is defects/orders and misses once it reaches the limit; above
  // it, the rate is the good orders' share and misses once it falls to the limit.
  const room =
    target.condition === 'LESS_THAN' ? target.value * orders - defects : orders - defects - target.value * orders;
  return {
    kind: 'orders',
    orders,
    defects,
    defectsToMiss: Math.max(0, Math.ceil(withoutFloatNoise(room))),
    oldestLeavesAt: reading.window ? oldestLeavesAt(reading.window) : null,
  };
}

/** 0.04 × 1000 is 40.000000000000004 in floating point: a limit that lands on a whole order must stay whole. */
function withoutFloatNoise(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The window slides a day at a time: an order placed on its first day is counted for the
 * window's length of whole days, then leaves (30 days from 21 Oct 00:00 to 19 Nov 23:59 → 20 Nov 00:00).
 */
function oldestLeavesAt(window: { from: string; to: string }): string | null {
  const from = Date.parse(window.from);
  const days = Math.round((Date.parse(window.to) - from) / dayMs);
  // A window that ends before it starts says nothing about when anything leaves it.
  return days > 0 ? new Date(from + days * dayMs).toISOString() : null;
}
