import { describe, expect, it } from 'vitest';
import {
  addReadings,
  dayNumber,
  dayText,
  MetricSeriesSchema,
  latestReadings,
  retainSeries,
  type MetricSeries,
} from '../../../../main/core/health/metric-series';
import type { MetricReading } from '../../../../main/core/schema';

const us = 'ATVPDKIKX0DER';

function reading(at: string, value: number, metric = 'lateShipmentRate'): MetricReading {
  return { accountId: 'a1', marketplaceId: us, metric, value, at };
}

function series(metric: string, days: number[]): MetricSeries {
  const last = days.at(-1)!;
  return {
    latest: reading(`${dayText(last)}T12:00:00.000Z`, last, metric),
    days,
    values: days.map((d) => d),
  };
}

describe('day numbers', () => {
  it('count UTC days since 1970 and turn back into the same date', () => {
    expect(dayNumber('1970-01-02T00:00:00.000Z')).toBe(1);
    expect(dayNumber('2026-11-02T23:59:59.999Z')).toBe(dayNumber('2026-11-02T00:00:00.000Z'));
    // 01:00 at +02:00 is 23:00 UTC the day before.
    expect(dayText(dayNumber('2026-11-02T01:00:00+02:00'))).toBe('2026-11-01');
  });
});

describe('addReadings', () => {
  it('keeps one value per day, the day’s last reading, and the newest reading whole', () => {
    const next = addReadings(
      [],
      [
        reading('2026-11-01T08:00:00.000Z', 0.03),
        reading('2026-11-01T20:00:00.000Z', 0.05),
        reading('2026-11-02T08:00:00.000Z', 0.06),
      ],
    );
    expect(next).toHaveLength(1);
    expect(next[0]!.days.map(dayText)).toEqual(['2026-11-01', '2026-11-02']);
    expect(next[0]!.values).toEqual([0.05, 0.06]);
    expect(next[0]!.latest).toEqual(reading('2026-11-02T08:00:00.000Z', 0.06));
  });

  it('keeps a series per account, marketplace and metric', () => {
    const next = addReadings(
      [],
      [
        reading('2026-11-01T08:00:00.000Z', 0.03),
        reading('2026-11-01T08:00:00.000Z', 0.97, 'validTrackingRate'),
        { ...reading('2026-11-01T08:00:00.000Z', 0.01), marketplaceId: 'A1PA6795UKMFR9' },
        { ...reading('2026-11-01T08:00:00.000Z', 0.02), accountId: 'a2' },
      ],
    );
    expect(next).toHaveLength(4);
  });

  it('files a late reading under its own day without taking the place of the newest', () => {
    const start = addReadings([], [reading('2026-11-01T08:00:00.000Z', 1), reading('2026-11-03T08:00:00.000Z', 3)]);
    const next = addReadings(start, [reading('2026-11-02T08:00:00.000Z', 2)]);
    expect(next[0]!.values).toEqual([1, 2, 3]);
    expect(next[0]!.latest.value).toBe(3);
  });

  it('changes nothing it was given', () => {
    const start = addReadings([], [reading('2026-11-01T08:00:00.000Z', 1)]);
    const before = structuredClone(start);
    addReadings(start, [reading('2026-11-01T09:00:00.000Z', 2), reading('2026-11-02T09:00:00.000Z', 3)]);
    expect(start).toEqual(before);
  });
});

describe('latestReadings', () => {
  it('gives the newest reading of each series, counts and window included', () => {
    const newest = {
      ...reading('2026-11-02T08:00:00.000Z', 0.06),
      counts: { orders: 100, defects: 6 },
      window: { from: '2026-10-04T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' },
    };
    expect(latestReadings(addReadings([], [reading('2026-11-01T08:00:00.000Z', 0.05), newest]))).toEqual([newest]);
  });
});

describe('retainSeries', () => {
  it('hands back the same list when nothing is cut', () => {
    const list = [series('lateShipmentRate', [10, 11, 12])];
    expect(retainSeries(list, { days: 3, maxPoints: 3 })).toBe(list);
  });

  it('keeps exactly the newest `days` days, counted back from the newest day of any series', () => {
    const kept = retainSeries([series('lateShipmentRate', [9, 10, 11]), series('validTrackingRate', [12])], {
      days: 3,
      maxPoints: 100,
    });
    expect(kept.map((s) => s.days)).toEqual([[10, 11], [12]]);
  });

  it('drops a series that has no day left in the window', () => {
    const kept = retainSeries([series('lateShipmentRate', [1, 2]), series('validTrackingRate', [10])], {
      days: 5,
      maxPoints: 100,
    });
    expect(kept.map((s) => s.latest.metric)).toEqual(['validTrackingRate']);
  });

  it('drops whole oldest days, across every series, to stay within the cap', () => {
    const kept = retainSeries([series('lateShipmentRate', [1, 2, 3]), series('validTrackingRate', [2, 3])], {
      days: 100,
      maxPoints: 4,
    });
    // Five values over a cap of four: day 1 goes, from every series.
    expect(kept.map((s) => s.days)).toEqual([
      [2, 3],
      [2, 3],
    ]);
  });

  it('keeps an empty history empty', () => {
    expect(retainSeries([], { days: 10, maxPoints: 10 })).toEqual([]);
  });
});

describe('MetricSeriesSchema', () => {
  const valid = series('lateShipmentRate', [10, 11, 12]);

  it('accepts days in ascending order with one value each', () => {
    expect(MetricSeriesSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses days out of order, repeated, or not whole', () => {
    for (const days of [
      [11, 10, 12],
      [10, 10, 12],
      [10, 11.5, 12],
    ])
      expect(MetricSeriesSchema.safeParse({ ...valid, days }).success).toBe(false);
  });

  it('refuses a day without its value', () => {
    expect(MetricSeriesSchema.safeParse({ ...valid, values: [1, 2] }).success).toBe(false);
  });
});
