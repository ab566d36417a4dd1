import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { formatDateTime, formatMoment } from '../../../renderer/format/dates';

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
});
