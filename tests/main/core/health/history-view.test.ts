import { describe, expect, it } from 'vitest';
import {
  HistoryRequestSchema,
  MetricHistoryListSchema,
  maxHistoryDays,
  metricHistory,
} from '../../../../main/core/health/history-view';
import { addReadings } from '../../../../main/core/health/metric-series';
import { reading } from './fixtures';

const us = 'ATVPDKIKX0DER';
const de = 'A1PA6795UKMFR9';

const history = addReadings(
  [],
  [
    reading({ metric: 'accountHealthRating', value: 250, at: '2026-11-01T08:00:00.000Z' }),
    reading({ value: 0.01, at: '2026-10-30T08:00:00.000Z' }),
    reading({ value: 0.03, at: '2026-11-01T08:00:00.000Z' }),
    reading({ value: 0.05, at: '2026-11-02T08:00:00.000Z', target: { value: 0.05, condition: 'LESS_THAN' } }),
    reading({ marketplaceId: de, value: 0.09 }),
    reading({ accountId: 'a2', value: 0.08 }),
  ],
);

describe('metricHistory', () => {
  it('gives every metric of one account and marketplace in catalog order, with dated daily points', () => {
    const answer = metricHistory(history, { accountId: 'a1', marketplaceId: us });
    expect(answer.map((h) => h.metric)).toEqual(['lateShipmentRate', 'accountHealthRating']);
    expect(answer[0]).toEqual({
      metric: 'lateShipmentRate',
      group: 'shipping',
      unit: 'rate',
      // The newest reading's own target wins over the catalog's 4 %.
      target: { value: 0.05, condition: 'LESS_THAN' },
      points: [
        { day: '2026-10-30', value: 0.01 },
        { day: '2026-11-01', value: 0.03 },
        { day: '2026-11-02', value: 0.05 },
      ],
    });
  });

  it('gives one metric when asked for one', () => {
    const answer = metricHistory(history, { accountId: 'a1', marketplaceId: us, metric: 'accountHealthRating' });
    expect(answer).toEqual([
      {
        metric: 'accountHealthRating',
        group: 'account',
        unit: 'score',
        target: expect.anything(),
        points: [{ day: '2026-11-01', value: 250 }],
      },
    ]);
  });

  it('cuts to calendar days counted back from the newest day, a missing day being a gap', () => {
    const [lsr] = metricHistory(history, { accountId: 'a1', marketplaceId: us, days: 3 });
    expect(lsr?.points.map((p) => p.day)).toEqual(['2026-11-01', '2026-11-02']);
  });

  it('answers nothing for an account or marketplace without history', () => {
    expect(metricHistory(history, { accountId: 'nobody', marketplaceId: us })).toEqual([]);
  });
});

describe('the history request', () => {
  it('refuses more days than the history keeps, a fraction of a day, and unknown fields', () => {
    const base = { accountId: 'a1', marketplaceId: us };
    expect(HistoryRequestSchema.safeParse({ ...base, days: maxHistoryDays }).success).toBe(true);
    expect(HistoryRequestSchema.safeParse({ ...base, days: maxHistoryDays + 1 }).success).toBe(false);
    expect(HistoryRequestSchema.safeParse({ ...base, days: 0 }).success).toBe(false);
    expect(HistoryRequestSchema.safeParse({ ...base, days: 1.5 }).success).toBe(false);
    expect(HistoryRequestSchema.safeParse({ ...base, extra: true }).success).toBe(false);
    expect(HistoryRequestSchema.safeParse({ accountId: 'a1' }).success).toBe(false);
  });

  it('keeps an answer within the history’s reach: no series longer than it', () => {
    const long = addReadings(
      [],
      Array.from({ length: maxHistoryDays + 5 }, (_, i) =>
        reading({ at: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString() }),
      ),
    );
    const answer = metricHistory(long, { accountId: 'a1', marketplaceId: us });
    expect(answer[0]?.points).toHaveLength(maxHistoryDays);
    expect(MetricHistoryListSchema.safeParse(answer).success).toBe(true);
  });
});
