import { describe, expect, it } from 'vitest';
import { meetsTarget } from '../../../../main/core/catalog/metrics';
import { headroomOf } from '../../../../main/core/health/headroom';
import type { MetricReading, Target } from '../../../../main/core/schema';
import { orderCounts } from '../../../../main/sources/demo/order-counts';

const under4: Target = { value: 0.04, condition: 'LESS_THAN' };
const above95: Target = { value: 0.95, condition: 'GREATER_THAN' };

function reading(metric: string, value: number): MetricReading {
  return { accountId: 'demo-a', marketplaceId: 'ATVPDKIKX0DER', metric, value, at: '2026-11-02T09:30:00.000Z' };
}

describe('the demo report’s order counts', () => {
  it('count orders over the catalog’s window, ending at the start of the reading’s day', () => {
    const { counts, window } = orderCounts('seed', reading('lateShipmentRate', 0.02), under4);
    expect(counts!.orders % 30).toBe(0);
    expect(window).toEqual({ from: '2026-10-03T00:00:00.000Z', to: '2026-11-01T23:59:00.000Z' });
  });

  it('agree with the rate’s verdict on both sides of a target, even exactly at it', () => {
    for (const [metric, target] of [
      ['lateShipmentRate', under4],
      ['validTrackingRate', above95],
    ] as const)
      for (const value of [target.value - 0.0013, target.value, target.value + 0.0013]) {
        const r = reading(metric, value);
        const headroom = headroomOf({ ...r, ...orderCounts('seed', r, target) }, target);
        expect(headroom?.kind === 'orders' && headroom.defectsToMiss === 0).toBe(!meetsTarget(value, target));
      }
  });

  it('are left out for counts, scores and statuses', () => {
    expect(orderCounts('seed', reading('listingPolicyViolations', 1), { value: 0, condition: 'EQUALS' })).toEqual({});
    expect(orderCounts('seed', reading('accountHealthRating', 250), { value: 199, condition: 'GREATER_THAN' })).toEqual(
      {},
    );
  });
});
