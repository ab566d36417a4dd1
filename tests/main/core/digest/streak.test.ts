import { describe, expect, it } from 'vitest';
import { daysInARow, visitDaysKept, withVisit } from '../../../../main/core/digest/streak';

describe('daysInARow', () => {
  it('counts the days in a row up to today', () => {
    expect(daysInARow(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02'], '2026-11-02')).toBe(4);
  });

  it('stops at a gap', () => {
    expect(daysInARow(['2026-10-29', '2026-10-31', '2026-11-01', '2026-11-02'], '2026-11-02')).toBe(3);
  });

  it('keeps a streak that ended yesterday until today is over', () => {
    expect(daysInARow(['2026-10-31', '2026-11-01'], '2026-11-02')).toBe(2);
  });

  it('is zero after a day without a look', () => {
    expect(daysInARow(['2026-10-31'], '2026-11-02')).toBe(0);
    expect(daysInARow([], '2026-11-02')).toBe(0);
  });

  it('counts across the end of a month and a year', () => {
    expect(daysInARow(['2026-12-31', '2027-01-01'], '2027-01-01')).toBe(2);
    expect(daysInARow(['2026-02-28', '2026-03-01'], '2026-03-01')).toBe(2);
  });
});

describe('withVisit', () => {
  it('adds a day once, in order', () => {
    expect(withVisit(['2026-11-01'], '2026-11-02')).toEqual(['2026-11-01', '2026-11-02']);
    expect(withVisit(['2026-11-01', '2026-11-02'], '2026-11-02')).toEqual(['2026-11-01', '2026-11-02']);
  });

  it('forgets the oldest days past what it keeps', () => {
    const many = Array.from({ length: visitDaysKept }, (_, i) => `2025-${String(i).padStart(5, '0')}`);
    const kept = withVisit(many, '2026-11-02');
    expect(kept).toHaveLength(visitDaysKept);
    expect(kept[0]).toBe(many[1]);
    expect(kept.at(-1)).toBe('2026-11-02');
  });
});
