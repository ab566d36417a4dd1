import { describe, expect, it } from 'vitest';
import { appendReadings } from '../../../main/app/metric-history';
import { US } from '../../support/fixtures';

const reading = (metric: string, at: string, value: number) => ({
  accountId: 'acct-1',
  marketplaceId: US,
  metric,
  value,
  at,
});

describe('appendReadings', () => {
  it('keeps the latest reading per metric and day', () => {
    const history = { readings: [reading('lateShipmentRate', '2026-11-01T08:00:00.000Z', 0.03)] };
    const next = appendReadings(history, [
      reading('lateShipmentRate', '2026-11-01T20:00:00.000Z', 0.05),
      reading('lateShipmentRate', '2026-11-02T08:00:00.000Z', 0.06),
      reading('validTrackingRate', '2026-11-02T08:00:00.000Z', 0.97),
    ]);
    expect(next.readings.map((r) => [r.metric, r.at.slice(0, 10), r.value])).toEqual([
      ['lateShipmentRate', '2026-11-01', 0.05],
      ['lateShipmentRate', '2026-11-02', 0.06],
      ['validTrackingRate', '2026-11-02', 0.97],
    ]);
  });
});
