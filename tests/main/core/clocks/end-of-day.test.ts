// Where a stated day ends: in the marketplace's own time, summer time and the days the clocks
// change included.
import { describe, expect, it } from 'vitest';
import { marketplaceById, marketplaces } from '../../../../main/core/catalog/marketplaces';
import { endOfDayIn } from '../../../../main/core/clocks/end-of-day';

describe('endOfDayIn', () => {
  it('ends a day ahead of UTC earlier than UTC does', () => {
    expect(endOfDayIn('2026-12-05', 'Asia/Tokyo')).toBe('2026-12-05T14:59:59.000Z');
    expect(endOfDayIn('2026-12-05', 'Asia/Kolkata')).toBe('2026-12-05T18:29:59.000Z');
  });

  it('ends a day behind UTC later than UTC does', () => {
    expect(endOfDayIn('2026-12-05', 'America/New_York')).toBe('2026-12-06T04:59:59.000Z');
    expect(endOfDayIn('2026-12-05', 'Etc/UTC')).toBe('2026-12-05T23:59:59.000Z');
  });

  it('follows summer time, in either hemisphere', () => {
    expect(endOfDayIn('2026-07-01', 'America/New_York')).toBe('2026-07-02T03:59:59.000Z');
    expect(endOfDayIn('2026-07-01', 'Europe/London')).toBe('2026-07-01T22:59:59.000Z');
    expect(endOfDayIn('2026-12-05', 'Australia/Sydney')).toBe('2026-12-05T12:59:59.000Z');
    expect(endOfDayIn('2026-07-01', 'Australia/Sydney')).toBe('2026-07-01T13:59:59.000Z');
  });

  it('takes the offset in force at the end of a day the clocks change', () => {
    // New York springs forward on 8 March 2026 and falls back on 1 November 2026.
    expect(endOfDayIn('2026-03-08', 'America/New_York')).toBe('2026-03-09T03:59:59.000Z');
    expect(endOfDayIn('2026-11-01', 'America/New_York')).toBe('2026-11-02T04:59:59.000Z');
    // Berlin springs forward on 29 March 2026.
    expect(endOfDayIn('2026-03-29', 'Europe/Berlin')).toBe('2026-03-29T21:59:59.000Z');
    // Sydney springs forward in the small hours of 4 October 2026, within the UTC day of 3 October.
    expect(endOfDayIn('2026-10-03', 'Australia/Sydney')).toBe('2026-10-03T13:59:59.000Z');
    expect(endOfDayIn('2026-10-04', 'Australia/Sydney')).toBe('2026-10-04T12:59:59.000Z');
  });

  it('crosses the end of a month and of a year', () => {
    expect(endOfDayIn('2026-12-31', 'America/New_York')).toBe('2027-01-01T04:59:59.000Z');
    expect(endOfDayIn('2027-01-01', 'Asia/Tokyo')).toBe('2027-01-01T14:59:59.000Z');
  });
});

describe("the marketplaces' time zones", () => {
  it('are zones Intl knows, for every marketplace', () => {
    for (const { code, timeZone } of marketplaces) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone }), code).not.toThrow();
    }
  });

  it('end an unknown marketplace’s day where days end first, never later than Amazon’s', () => {
    const unknown = marketplaceById('A0UNKNOWN');
    expect(endOfDayIn('2026-12-05', unknown.timeZone)).toBe('2026-12-05T09:59:59.000Z');
    for (const { timeZone } of marketplaces) {
      expect(Date.parse(endOfDayIn('2026-12-05', timeZone))).toBeGreaterThan(Date.parse('2026-12-05T09:59:59.000Z'));
    }
  });
});
