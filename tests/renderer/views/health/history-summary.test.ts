import { describe, expect, it } from 'vitest';
import { historySummary } from '../../../../renderer/views/health/history-summary';

const points = (...values: number[]) =>
  values.map((value, i) => ({ day: `2026-11-${String(i + 1).padStart(2, '0')}`, value }));

describe('historySummary', () => {
  it('gives the latest, lowest and highest day, and the days that missed the target', () => {
    expect(
      historySummary({ points: points(0.02, 0.05, 0.01, 0.03), target: { value: 0.04, condition: 'LESS_THAN' } }),
    ).toEqual({
      latest: { day: '2026-11-04', value: 0.03 },
      lowest: { day: '2026-11-03', value: 0.01 },
      highest: { day: '2026-11-02', value: 0.05 },
      days: 4,
      missedDays: 1,
    });
  });

  it('names the most recent day of a tie', () => {
    const summary = historySummary({ points: points(0.9, 0.95, 0.9, 0.95), target: null });
    expect(summary?.lowest.day).toBe('2026-11-03');
    expect(summary?.highest.day).toBe('2026-11-04');
  });

  it('counts a value on the limit as missed, as Amazon does', () => {
    expect(
      historySummary({ points: points(0.95, 0.96), target: { value: 0.95, condition: 'GREATER_THAN' } })?.missedDays,
    ).toBe(1);
  });

  it('counts no missed days when no target applies, and says nothing of an empty history', () => {
    expect(historySummary({ points: points(3), target: null })?.missedDays).toBeNull();
    expect(historySummary({ points: [], target: null })).toBeNull();
  });
});
