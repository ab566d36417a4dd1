// Local wall-clock times in a zone with daylight saving, so "09:00" must stay 09:00 across the
// change. (Vitest runs each test file in its own process: setting TZ here touches no other file.)
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { nextDigest } from '../../../../main/core/digest/digest-schedule';
import { defaultDigestSettings, type DigestSettings, type QuietHours } from '../../../../main/core/schema';

/** Local time in Berlin; 2026-11-02 is a Monday. */
const at = (day: number, hh: number, mm = 0, month = 10) => new Date(2026, month, day, hh, mm);
const quietOff: QuietHours = { enabled: false, start: '22:00', end: '07:00' };

function next(
  now: Date,
  {
    lastSent = null,
    digest = {},
    quiet = quietOff,
  }: { lastSent?: string | null; digest?: Partial<DigestSettings>; quiet?: QuietHours } = {},
) {
  return nextDigest({ digest: { ...defaultDigestSettings, ...digest }, quietHours: quiet }, lastSent, now);
}

describe('nextDigest', () => {
  it('runs in a zone with daylight saving', () => {
    expect(at(2, 12).getTimezoneOffset()).toBe(-60);
    expect(at(2, 12, 0, 6).getTimezoneOffset()).toBe(-120);
  });

  it('is due today at the chosen time while that is still ahead', () => {
    expect(next(at(2, 8, 59))).toEqual({ day: '2026-11-02', at: at(2, 9) });
  });

  it('is due exactly at the chosen time, not a minute later', () => {
    expect(next(at(2, 9))).toEqual({ day: '2026-11-02', at: at(2, 9) });
  });

  it('comes tomorrow once today’s was shown', () => {
    expect(next(at(2, 9), { lastSent: '2026-11-02' })).toEqual({ day: '2026-11-03', at: at(3, 9) });
  });

  it('is still due later the same day when it was missed (off or asleep at the time)', () => {
    const due = next(at(2, 15, 30));
    expect(due?.day).toBe('2026-11-02');
    expect(due!.at.getTime()).toBeLessThan(at(2, 15, 30).getTime());
  });

  it('is never due for a day already gone: after midnight the missed one is dropped', () => {
    expect(next(at(3, 0, 5), { lastSent: '2026-11-01' })).toEqual({ day: '2026-11-03', at: at(3, 9) });
  });

  it('skips the days not chosen', () => {
    // Monday 2 November at 10:00, only Wednesdays and Fridays.
    expect(next(at(2, 10), { digest: { days: [3, 5] } })).toEqual({ day: '2026-11-04', at: at(4, 9) });
    // Today is not chosen: even though it is before 09:00, nothing today.
    expect(next(at(2, 8), { digest: { days: [2] } })).toEqual({ day: '2026-11-03', at: at(3, 9) });
  });

  it('finds the same weekday a week later when it is the only one chosen and today’s was shown', () => {
    expect(next(at(2, 9, 1), { lastSent: '2026-11-02', digest: { days: [1] } })).toEqual({
      day: '2026-11-09',
      at: at(9, 9),
    });
  });

  it('is never due when switched off or when no day is chosen', () => {
    expect(next(at(2, 8), { digest: { enabled: false } })).toBeNull();
    expect(next(at(2, 8), { digest: { days: [] } })).toBeNull();
  });

  it('moves to the end of quiet hours when it falls inside them', () => {
    const quiet = { enabled: true, start: '22:00', end: '09:30' };
    expect(next(at(2, 6), { quiet })).toEqual({ day: '2026-11-02', at: at(2, 9, 30) });
  });

  it('stays at its time when quiet hours end exactly then, or start just after', () => {
    expect(next(at(2, 6), { quiet: { enabled: true, start: '22:00', end: '09:00' } })?.at).toEqual(at(2, 9));
    expect(next(at(2, 6), { quiet: { enabled: true, start: '09:01', end: '10:00' } })?.at).toEqual(at(2, 9));
  });

  it('moves at the very start of quiet hours', () => {
    const quiet = { enabled: true, start: '09:00', end: '12:15' };
    expect(next(at(2, 6), { quiet })).toEqual({ day: '2026-11-02', at: at(2, 12, 15) });
  });

  it('ignores quiet hours that are switched off', () => {
    expect(next(at(2, 6), { quiet: { enabled: false, start: '08:00', end: '10:00' } })?.at).toEqual(at(2, 9));
  });

  it('moves an evening digest across midnight to the morning, still as the evening’s day', () => {
    const quiet = { enabled: true, start: '21:00', end: '07:00' };
    const evening = { time: '22:30' };
    const lastSent = '2026-11-01';
    expect(next(at(2, 20), { quiet, digest: evening, lastSent })).toEqual({ day: '2026-11-02', at: at(3, 7) });
    // Just after midnight, the evening's digest is still to come, at the end of the night.
    expect(next(at(3, 1), { quiet, digest: evening, lastSent })).toEqual({ day: '2026-11-02', at: at(3, 7) });
  });

  it('keeps local 09:00 across the change to summer time', () => {
    // Sunday 29 March 2026: clocks go from 02:00 to 03:00 in Berlin.
    const saturdayShown = next(at(28, 9, 0, 2), { lastSent: '2026-03-28' });
    expect(saturdayShown).toEqual({ day: '2026-03-29', at: at(29, 9, 0, 2) });
    expect(saturdayShown!.at.getHours()).toBe(9);
    expect(saturdayShown!.at.getTime() - at(28, 9, 0, 2).getTime()).toBe(23 * 3_600_000);
  });

  it('moves a digest set in the hour that does not exist on the change day to the hour after', () => {
    const due = next(at(29, 1, 0, 2), { digest: { time: '02:30' } });
    expect(due?.day).toBe('2026-03-29');
    expect(due!.at.getHours()).toBe(3);
  });
});
