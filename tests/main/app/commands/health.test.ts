import { describe, expect, it } from 'vitest';
import { createHealthHandlers } from '../../../../main/app/commands/health';
import { addReadings } from '../../../../main/core/health/metric-series';
import { US } from '../../../support/fixtures';

describe('the metrics.history command', () => {
  it('answers the stored history of one account and marketplace, read afresh each time', async () => {
    let series = addReadings(
      [],
      [{ accountId: 'a1', marketplaceId: US, metric: 'lateShipmentRate', value: 0.02, at: '2026-11-01T08:00:00.000Z' }],
    );
    const handlers = createHealthHandlers({ series: () => series });
    const first = await handlers['metrics.history']({ accountId: 'a1', marketplaceId: US });
    expect(first.map((h) => h.points.length)).toEqual([1]);

    series = addReadings(series, [
      { accountId: 'a1', marketplaceId: US, metric: 'lateShipmentRate', value: 0.03, at: '2026-11-02T08:00:00.000Z' },
    ]);
    const second = await handlers['metrics.history']({ accountId: 'a1', marketplaceId: US });
    expect(second[0]?.points).toEqual([
      { day: '2026-11-01', value: 0.02 },
      { day: '2026-11-02', value: 0.03 },
    ]);
  });
});
