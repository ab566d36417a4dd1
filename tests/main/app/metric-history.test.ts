import { describe, expect, it } from 'vitest';
import { appendReadings } from '../../../main/app/metric-history';
import { dayText } from '../../../main/core/health/metric-series';
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
    const history = appendReadings({ series: [] }, [reading('lateShipmentRate', '2026-11-01T08:00:00.000Z', 0.03)]);
    const next = appendReadings(history, [
      reading('lateShipmentRate', '2026-11-01T20:00:00.000Z', 0.05),
      reading('lateShipmentRate', '2026-11-02T08:00:00.000Z', 0.06),
      reading('validTrackingRate', '2026-11-02T08:00:00.000Z', 0.97),
    ]);
    expect(next.series.map((s) => [s.latest.metric, s.days.map(dayText), s.values])).toEqual([
      ['lateShipmentRate', ['2026-11-01', '2026-11-02'], [0.05, 0.06]],
      ['validTrackingRate', ['2026-11-02'], [0.97]],
    ]);
  });
});
