import { describe, expect, it } from 'vitest';
import { afterQuietHours, inQuietHours } from '../../../../main/core/notify/quiet-hours';

const at = (hh: number, mm = 0) => new Date(2026, 10, 2, hh, mm);

describe('inQuietHours', () => {
  it('handles a window that crosses midnight', () => {
    const quiet = { enabled: true, start: '22:00', end: '07:00' };
    expect(inQuietHours(quiet, at(23))).toBe(true);
    expect(inQuietHours(quiet, at(3))).toBe(true);
    expect(inQuietHours(quiet, at(7))).toBe(false);
    expect(inQuietHours(quiet, at(12))).toBe(false);
  });

  it('handles a same-day window', () => {
    const quiet = { enabled: true, start: '12:30', end: '13:30' };
    expect(inQuietHours(quiet, at(12, 29))).toBe(false);
    expect(inQuietHours(quiet, at(12, 30))).toBe(true);
    expect(inQuietHours(quiet, at(13, 30))).toBe(false);
  });

  it('starts at the start minute and still holds the minute before the end, across midnight', () => {
    const quiet = { enabled: true, start: '22:00', end: '07:00' };
    expect(inQuietHours(quiet, at(21, 59))).toBe(false);
    expect(inQuietHours(quiet, at(22))).toBe(true);
    expect(inQuietHours(quiet, at(0))).toBe(true);
    expect(inQuietHours(quiet, at(6, 59))).toBe(true);
  });

  it('is never quiet when the start equals the end (an empty window, not a whole day)', () => {
    const quiet = { enabled: true, start: '22:00', end: '22:00' };
    expect(inQuietHours(quiet, at(22))).toBe(false);
    expect(inQuietHours(quiet, at(21, 59))).toBe(false);
    expect(inQuietHours(quiet, at(3))).toBe(false);
    expect(afterQuietHours(quiet, at(22))).toEqual(at(22));
  });

  it('is never quiet when disabled', () => {
    expect(inQuietHours({ enabled: false, start: '00:00', end: '23:59' }, at(12))).toBe(false);
  });
});

describe('afterQuietHours', () => {
  const night = { enabled: true, start: '22:00', end: '07:00' };

  it('leaves a moment outside quiet hours as it is', () => {
    expect(afterQuietHours(night, at(7))).toEqual(at(7));
    expect(afterQuietHours(night, at(21, 59))).toEqual(at(21, 59));
  });

  it('moves a moment in the morning part of the night to its end, the same day', () => {
    expect(afterQuietHours(night, at(3, 10))).toEqual(at(7));
  });

  it('moves a moment in the evening part to the end, the next morning', () => {
    expect(afterQuietHours(night, at(22))).toEqual(new Date(2026, 10, 3, 7, 0));
  });

  it('moves nothing when quiet hours are off', () => {
    expect(afterQuietHours({ ...night, enabled: false }, at(3))).toEqual(at(3));
  });
});
