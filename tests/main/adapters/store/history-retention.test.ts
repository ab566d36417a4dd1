import { describe, expect, it } from 'vitest';
import { historyRetention, retainHistory } from '../../../../main/adapters/store/history-retention';
import type { MetricSeries } from '../../../../main/core/health/metric-series';
import { US } from '../../../support/fixtures';

function series(accountId: string, days: number[]): MetricSeries {
  return {
    latest: { accountId, marketplaceId: US, metric: 'lateShipmentRate', value: 0.01, at: '2026-11-02T09:00:00.000Z' },
    days,
    values: days.map(() => 0.01),
  };
}

describe('history retention', () => {
  it('reaches back at least two years', () => {
    expect(historyRetention.days).toBeGreaterThanOrEqual(731);
  });

  it('holds two years of every catalog metric for 20 accounts in 3 marketplaces', () => {
    expect(historyRetention.maxPoints).toBeGreaterThanOrEqual(20 * 3 * 25 * 731);
  });

  it('keeps the newest 750 days and drops the day before', () => {
    const days = Array.from({ length: 751 }, (_, i) => 20_000 + i);
    const [kept] = retainHistory([series('a1', days)]);
    expect(kept?.days[0]).toBe(20_001);
    expect(kept?.days).toHaveLength(750);
  });
});
