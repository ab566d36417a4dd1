import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoment, formatTimeLeft } from '../../../renderer/format/dates';

describe('dates', () => {
  const now = new Date('2026-11-03T15:00:00');

  it('shows only the time for today, the date as well for another day', () => {
    const earlierToday = new Date('2026-11-03T09:30:00').toISOString();
    const yesterday = new Date('2026-11-02T09:30:00').toISOString();
    expect(formatMoment(earlierToday, now)).not.toBe(formatDateTime(earlierToday));
    expect(formatDateTime(earlierToday)).toContain(formatMoment(earlierToday, now));
    expect(formatMoment(yesterday, now)).toBe(formatDateTime(yesterday));
  });

  it('says how long is left before a deadline, or that it passed', () => {
    expect(formatTimeLeft(new Date('2026-11-06T16:00:00').toISOString(), now)).toBe('due in 3 d');
    expect(formatTimeLeft(new Date('2026-11-03T20:30:00').toISOString(), now)).toBe('due in 5 h');
    expect(formatTimeLeft(new Date('2026-11-03T14:00:00').toISOString(), now)).toBe('overdue');
  });
});
