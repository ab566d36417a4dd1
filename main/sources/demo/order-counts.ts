// The simulated report's counts behind each rate: how many orders its window counted and how
// many of them count against it, on the same side of the target as the rate itself, so the
// headroom the window shows agrees with the verdict. The window is the catalog's, ending at the
// start of the reading's day, as Amazon's reports end on a finished day.
import { metricDefinition } from '../../core/catalog/metrics';
import type { MetricReading } from '../../core/schema';
import { randomFor } from './prng';

const dayMs = 24 * 60 * 60 * 1000;

/** Orders a day in a marketplace, per account: steady, so the counts move with the rate alone. */
const ordersPerDay: readonly [number, number] = [20, 120];

/** The counts and window of a rate reading; nothing for any other metric. */
export function orderCounts(
  seed: string,
  reading: Pick<MetricReading, 'accountId' | 'marketplaceId' | 'metric' | 'value' | 'at'>,
  target: MetricReading['target'],
): Pick<MetricReading, 'counts' | 'window'> {
  const definition = metricDefinition(reading.metric);
  if (definition?.unit !== 'rate' || !definition.windowDays || !target) return {};
  const perDay = randomFor(seed, 'orders', reading.accountId, reading.marketplaceId).int(...ordersPerDay);
  const orders = perDay * definition.windowDays;
  // Rounded towards the rate's own side of the target (see the header).
  const againstShare = target.condition === 'GREATER_THAN' ? 1 - reading.value : reading.value;
  const missing = target.condition === 'GREATER_THAN' ? reading.value <= target.value : reading.value >= target.value;
  const defects = (missing ? Math.ceil : Math.floor)(withoutFloatNoise(againstShare * orders));
  const to = Math.floor(Date.parse(reading.at) / dayMs) * dayMs;
  return {
    counts: { orders, defects },
    window: {
      from: new Date(to - definition.windowDays * dayMs).toISOString(),
      to: new Date(to - 60_000).toISOString(),
    },
  };
}

function withoutFloatNoise(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
