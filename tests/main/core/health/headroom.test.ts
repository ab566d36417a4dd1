import { describe, expect, it } from 'vitest';
import { headroomOf } from '../../../../main/core/health/headroom';
import type { Target } from '../../../../main/core/schema';

const under4: Target = { value: 0.04, condition: 'LESS_THAN' };
const above95: Target = { value: 0.95, condition: 'GREATER_THAN' };

describe('headroomOf', () => {
  it('counts how many more late shipments among the counted orders miss a "less than" target', () => {
    // 30 of 1000 is 3%; the 40th late shipment makes 4%, which misses "under 4%".
    expect(headroomOf({ counts: { orders: 1000, defects: 30 } }, under4)).toMatchObject({
      kind: 'orders',
      defectsToMiss: 10,
    });
  });

  it('rounds up to a whole defect when the limit falls between two', () => {
    // 4% of 990 is 39.6: the 40th late shipment is the first at or over the limit.
    expect(headroomOf({ counts: { orders: 990, defects: 30 } }, under4)).toMatchObject({ defectsToMiss: 10 });
  });

  it('says 0 for a rate exactly at its target, which misses a strict target', () => {
    expect(headroomOf({ counts: { orders: 1000, defects: 40 } }, under4)).toMatchObject({ defectsToMiss: 0 });
  });

  it('says 0, not a negative number, for a rate already over its target', () => {
    expect(headroomOf({ counts: { orders: 100, defects: 9 } }, under4)).toMatchObject({ defectsToMiss: 0 });
  });

  it('says 1 when a single more defect reaches the limit', () => {
    expect(headroomOf({ counts: { orders: 1000, defects: 39 } }, under4)).toMatchObject({ defectsToMiss: 1 });
  });

  it('counts orders without valid tracking against a "greater than" target', () => {
    // 980 of 1000 tracked (98%); at 950 tracked the rate is 95%, which misses "above 95%".
    expect(headroomOf({ counts: { orders: 1000, defects: 20 } }, above95)).toMatchObject({ defectsToMiss: 30 });
  });

  it('says 0 for a "greater than" rate exactly at its target', () => {
    expect(headroomOf({ counts: { orders: 1000, defects: 50 } }, above95)).toMatchObject({ defectsToMiss: 0 });
  });

  it('says there were no orders rather than dividing by zero', () => {
    expect(headroomOf({ counts: { orders: 0, defects: 0 } }, under4)).toEqual({ kind: 'noOrders' });
  });

  it('says nothing when the report gave no counts', () => {
    expect(headroomOf({}, under4)).toBeNull();
  });

  it('says nothing for a count with an exact target, or with no target at all', () => {
    expect(headroomOf({ counts: { orders: 10, defects: 1 } }, { value: 0, condition: 'EQUALS' })).toBeNull();
    expect(headroomOf({ counts: { orders: 10, defects: 1 } }, null)).toBeNull();
  });

  it('names when the oldest counted order leaves a 30-day window, from the window the report gave', () => {
    const headroom = headroomOf(
      {
        counts: { orders: 870_669, defects: 27_896 },
        window: { from: '2020-10-21T00:00:00Z', to: '2020-11-19T23:59:00Z' },
      },
      under4,
    );
    expect(headroom).toEqual({
      kind: 'orders',
      orders: 870_669,
      defects: 27_896,
      defectsToMiss: 6931,
      oldestLeavesAt: '2020-11-20T00:00:00.000Z',
    });
  });

  it('names no such moment when the report gave no window, or one that ends before it starts', () => {
    expect(headroomOf({ counts: { orders: 10, defects: 0 } }, under4)).toMatchObject({ oldestLeavesAt: null });
    expect(
      headroomOf(
        { counts: { orders: 10, defects: 0 }, window: { from: '2020-11-19T00:00:00Z', to: '2020-11-01T00:00:00Z' } },
        under4,
      ),
    ).toMatchObject({ oldestLeavesAt: null });
  });
});
