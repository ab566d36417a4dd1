import { describe, expect, it } from 'vitest';
import { latestMetrics } from '../../../../main/core/health/latest-metrics';
import { reading } from './fixtures';

const us = 'ATVPDKIKX0DER';
const de = 'A1PA6795UKMFR9';

describe('latest metrics for the Account health view', () => {
  it('keeps the latest reading per account, marketplace and metric, whatever the order they come in', () => {
    const latest = latestMetrics([
      reading({ value: 0.03, at: '2026-11-02T08:00:00.000Z' }),
      reading({ value: 0.06, at: '2026-11-01T08:00:00.000Z' }),
      reading({ marketplaceId: de, value: 0.01 }),
    ]);
    expect(latest.map((m) => [m.marketplaceId, m.value])).toEqual([
      [de, 0.01],
      [us, 0.03],
    ]);
  });

  it('joins the catalog: group, unit, the target that applies and whether it is met', () => {
    const [lsr, otdrDe, ahr] = latestMetrics([
      reading({ value: 0.05 }),
      reading({ accountId: 'a2', marketplaceId: de, metric: 'onTimeDeliveryRate', value: 0.96 }),
      reading({ accountId: 'a3', metric: 'accountHealthRating', value: 428 }),
    ]);
    expect(lsr).not.toHaveProperty('label');
    expect(lsr).toMatchObject({
      group: 'shipping',
      unit: 'rate',
      target: { value: 0.04, condition: 'LESS_THAN' },
      meetsTarget: false,
    });
    // Germany's stricter catalog target applies.
    expect(otdrDe).toMatchObject({ target: { value: 0.97, condition: 'GREATER_THAN' }, meetsTarget: false });
    expect(ahr).toMatchObject({ group: 'account', unit: 'score', meetsTarget: true });
  });

  it("prefers the report's own target", () => {
    const [m] = latestMetrics([reading({ value: 0.05, target: { value: 0.06, condition: 'LESS_THAN' } })]);
    expect(m).toMatchObject({ target: { value: 0.06, condition: 'LESS_THAN' }, meetsTarget: true });
  });

  it('orders metrics as the catalog does within a marketplace, unknown ones last', () => {
    const latest = latestMetrics([
      reading({ metric: 'someNewMetric' }),
      reading({ metric: 'accountStatus', value: 0 }),
      reading({ metric: 'orderDefectRate.mfn', value: 0.001 }),
    ]);
    expect(latest.map((m) => m.metric)).toEqual(['orderDefectRate.mfn', 'accountStatus', 'someNewMetric']);
    expect(latest[2]).toMatchObject({ group: null, target: null, meetsTarget: null });
  });

  it('orders metrics past the first of the catalog by the catalog too, and unknown ones by name', () => {
    const latest = latestMetrics([
      reading({ metric: 'zetaMetric' }),
      reading({ metric: 'validTrackingRate' }),
      reading({ metric: 'alphaMetric' }),
      reading({ metric: 'lateShipmentRate' }),
    ]);
    expect(latest.map((m) => m.metric)).toEqual(['lateShipmentRate', 'validTrackingRate', 'alphaMetric', 'zetaMetric']);
    expect(latest[2]?.unit).toBe('count');
  });

  it('takes the reading listed last of two taken at the same moment', () => {
    const [m] = latestMetrics([reading({ value: 0.01 }), reading({ value: 0.02 })]);
    expect(m?.value).toBe(0.02);
  });

  it('keeps to one account when asked', () => {
    expect(latestMetrics([reading({}), reading({ accountId: 'a2' })], 'a2').map((m) => m.accountId)).toEqual(['a2']);
  });

  it('works out the headroom of a rate from the counts its report gave, and of nothing else', () => {
    const [lsr, ahr] = latestMetrics([
      reading({ value: 0.03, counts: { orders: 1000, defects: 30 } }),
      reading({ accountId: 'a2', metric: 'accountHealthRating', value: 428, counts: { orders: 1000, defects: 30 } }),
    ]);
    expect(lsr?.headroom).toEqual({
      kind: 'orders',
      orders: 1000,
      defects: 30,
      defectsToMiss: 10,
      oldestLeavesAt: null,
    });
    expect(ahr?.headroom).toBeNull();
  });
});
