import { describe, expect, it } from 'vitest';
import { retainHistory } from '../../../../main/adapters/store/history-retention';
import type { MetricReading } from '../../../../main/core/schema';
import { US } from '../../../support/fixtures';

function reading(at: string, value = 0.5): MetricReading {
  return { accountId: 'acct-1', marketplaceId: US, metric: 'orderDefectRate.mfn', value, at };
}

describe('retainHistory', () => {
  it('keeps every reading within the window, and hands back the same list', () => {
    const readings = [
      reading('2025-10-01T00:00:00.000Z'),
      reading('2026-11-01T00:00:00.000Z'),
      reading('2026-11-04T00:00:00.000Z'),
    ];
    expect(retainHistory(readings)).toBe(readings);
  });

  it('drops readings more than 400 days older than the newest one, counting back from the newest reading rather than from today', () => {
    const old = reading('2025-09-29T23:59:59.000Z');
    const edge = reading('2025-09-30T00:00:00.000Z');
    const newest = reading('2026-11-04T00:00:00.000Z');
    expect(retainHistory([old, newest, edge])).toEqual([newest, edge]);
  });

  it('compares instants, not text, across time-zone offsets', () => {
    const newest = reading('2026-11-04T00:30:00+02:00');
    // 23:00 UTC, inside a window that opens at 22:30 UTC, though its text sorts before that.
    const inside = reading('2025-09-29T21:00:00-02:00');
    expect(retainHistory([inside, newest])).toEqual([inside, newest]);
  });

  it('keeps only the newest readings beyond the cap, in their original order', () => {
    const readings = [1, 5, 2, 4, 3].map((day) => reading(`2026-11-0${day}T00:00:00.000Z`, day));
    expect(retainHistory(readings, { days: 400, maxReadings: 3 }).map((r) => r.value)).toEqual([5, 4, 3]);
  });

  it('keeps an empty history empty', () => {
    expect(retainHistory([])).toEqual([]);
  });
});
