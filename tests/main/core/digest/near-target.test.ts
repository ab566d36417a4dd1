import { describe, expect, it } from 'vitest';
import { nearTargets } from '../../../../main/core/digest/near-target';
import type { LatestMetric } from '../../../../main/core/health/latest-metrics';
import type { Target } from '../../../../main/core/schema';
import { US } from '../../../support/fixtures';

function metric(metricKey: string, unit: LatestMetric['unit'], value: number, target: Target | null): LatestMetric {
  const meets =
    target === null
      ? null
      : target.condition === 'LESS_THAN'
        ? value < target.value
        : target.condition === 'GREATER_THAN'
          ? value > target.value
          : value === target.value;
  return {
    accountId: 'acct-1',
    marketplaceId: US,
    metric: metricKey,
    group: 'customerService',
    unit,
    value,
    target,
    meetsTarget: meets,
    headroom: null,
    at: '2026-11-02T08:00:00.000Z',
  };
}

const under1 = { value: 0.01, condition: 'LESS_THAN' } as const;
const above95 = { value: 0.95, condition: 'GREATER_THAN' } as const;
const above199 = { value: 199, condition: 'GREATER_THAN' } as const;

describe('nearTargets', () => {
  it('takes an upper limit with a fifth or less of its room left, with the headroom in the metric’s unit', () => {
    const [odr] = nearTargets([metric('orderDefectRate.mfn', 'rate', 0.0085, under1)]);
    expect(odr).toMatchObject({ metric: 'orderDefectRate.mfn', value: 0.0085, target: under1 });
    expect(odr!.headroom).toBeCloseTo(0.0015);
    expect(odr!.roomLeft).toBeCloseTo(0.15);
  });

  it('counts exactly a fifth of the room left as near, and a little more as not', () => {
    expect(nearTargets([metric('orderDefectRate.mfn', 'rate', 0.008, under1)])).toHaveLength(1);
    expect(nearTargets([metric('orderDefectRate.mfn', 'rate', 0.0079, under1)])).toEqual([]);
  });

  it('measures a lower limit on a rate against the shortfall it allows, not against 100 %', () => {
    // Above 95 %: 5 points may be missed; 95.9 % leaves 0.9 of them (18 %), 96.1 % leaves 22 %.
    expect(nearTargets([metric('validTrackingRate', 'rate', 0.959, above95)])).toHaveLength(1);
    expect(nearTargets([metric('validTrackingRate', 'rate', 0.961, above95)])).toEqual([]);
  });

  it('measures a lower limit on a score against the limit itself', () => {
    expect(nearTargets([metric('accountHealthRating', 'score', 230, above199)])).toHaveLength(1);
    expect(nearTargets([metric('accountHealthRating', 'score', 250, above199)])).toEqual([]);
  });

  it('leaves out metrics that miss their target (they are notifications), zero-count targets and unknown targets', () => {
    expect(
      nearTargets([
        metric('orderDefectRate.mfn', 'rate', 0.012, under1),
        metric('listingPolicyViolations', 'count', 0, { value: 0, condition: 'EQUALS' }),
        metric('somethingNew', 'count', 3, null),
      ]),
    ).toEqual([]);
  });

  it('finds no room in a target that leaves none: an upper limit at or under zero, a rate floor at or over 100 %', () => {
    expect(
      nearTargets([
        metric('lateShipmentRate', 'rate', -0.02, { value: -0.01, condition: 'LESS_THAN' }),
        metric('validTrackingRate', 'rate', 1.6, { value: 1.5, condition: 'GREATER_THAN' }),
        metric('accountHealthRating', 'score', -4.5, { value: -5, condition: 'GREATER_THAN' }),
      ]),
    ).toEqual([]);
  });

  it('puts the closest first', () => {
    const near = nearTargets([
      metric('lateShipmentRate', 'rate', 0.033, { value: 0.04, condition: 'LESS_THAN' }),
      metric('orderDefectRate.mfn', 'rate', 0.0095, under1),
    ]);
    expect(near.map((m) => m.metric)).toEqual(['orderDefectRate.mfn', 'lateShipmentRate']);
  });
});
