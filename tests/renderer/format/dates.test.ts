import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { formatDateTime, formatMoment, formatTimeLeft } from '../../../renderer/format/dates';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('dates', () => {
  const now = new Date('2026-11-03T15:00:00');

  it('shows only the time for today, the date as well for another day', () => {
    const earlierToday = new Date('2026-11-03T09:30:00').toISOString();
    const yesterday = new Date('2026-11-02T09:30:00').toISOString();
    expect(formatMoment(en, earlierToday, now)).not.toBe(formatDateTime(en, earlierToday));
    expect(formatDateTime(en, earlierToday)).toContain(formatMoment(en, earlierToday, now));
    expect(formatMoment(en, yesterday, now)).toBe(formatDateTime(en, yesterday));
  });

  it("writes dates the window's language's way", () => {
    const at = new Date('2026-11-02T09:30:00').toISOString();
    expect(formatDateTime(en, at)).toMatch(/^Nov 2, 2026/);
    expect(formatDateTime(zh, at)).toMatch(/^2026年11月2日/);
  });

  it('says how long is left before a deadline, or that it passed', () => {
    expect(formatTimeLeft(en, new Date('2026-11-06T16:00:00').toISOString(), now)).toBe('due in 3 d');
    expect(formatTimeLeft(en, new Date('2026-11-03T20:30:00').toISOString(), now)).toBe('due in 5 h');
    expect(formatTimeLeft(en, new Date('2026-11-03T15:20:00').toISOString(), now)).toBe('due in 20 min');
    expect(formatTimeLeft(en, new Date('2026-11-03T14:00:00').toISOString(), now)).toBe('overdue');
    expect(formatTimeLeft(en, now.toISOString(), now)).toBe('overdue');
  });

  it('counts whole days only from 48 hours on', () => {
    expect(formatTimeLeft(en, new Date('2026-11-05T14:59:00').toISOString(), now)).toBe('due in 47 h');
    expect(formatTimeLeft(en, new Date('2026-11-05T15:00:00').toISOString(), now)).toBe('due in 2 d');
  });

  it('says it in Chinese too', () => {
    expect(formatTimeLeft(zh, new Date('2026-11-06T16:00:00').toISOString(), now)).toBe('3 天后到期');
    expect(formatTimeLeft(zh, new Date('2026-11-03T14:00:00').toISOString(), now)).toBe('已逾期');
  });
});
