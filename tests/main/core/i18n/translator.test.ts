import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../../../../main/core/i18n/translator';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import type { MessageKey } from '../../../../main/core/i18n/catalogue';

// A catalogue of its own, so these tests say what the translator does, whatever the real one holds.
const messages = {
  plain: 'Save',
  count: '{count, plural, =0 {No notifications} one {# notification} other {# notifications}}',
  named: 'Could not {action}: {reason}',
  tagLike: 'Use <b> as it is',
  broken: 'Due {when, date, short}',
} as unknown as Readonly<Record<MessageKey, string>>;

const key = (k: string) => k as MessageKey;

describe('createTranslator', () => {
  it('fills arguments and chooses plural forms by the locale rules', () => {
    const t = createTranslator('en', messages);
    expect(t.t(key('plain'))).toBe('Save');
    expect(t.t(key('count'), { count: 0 })).toBe('No notifications');
    expect(t.t(key('count'), { count: 1 })).toBe('1 notification');
    expect(t.t(key('count'), { count: 1200 })).toBe('1,200 notifications');
    expect(t.t(key('named'), { action: 'save', reason: 'disk full' })).toBe('Could not save: disk full');
  });

  it('leaves angle brackets in a message as text', () => {
    expect(createTranslator('en', messages).t(key('tagLike'))).toBe('Use <b> as it is');
  });

  it('formats numbers, percentages and dates for the locale', () => {
    const en = createTranslator('en', messages, { timeZone: 'UTC' });
    const zh = createTranslator('zh-CN', messages, { timeZone: 'UTC' });
    expect(en.percent(0.0125)).toBe('1.25%');
    expect(en.number(12345.5)).toBe('12,345.5');
    const at = new Date('2026-03-05T14:07:00Z');
    expect(en.date(at, 'date')).toBe('Mar 5, 2026');
    expect(zh.date(at, 'date')).toBe('2026年3月5日');
    expect(zh.date(at, 'time')).toBe('14:07');
  });

  it('formats a date given as an ISO string, with date and time unless told otherwise', () => {
    const en = createTranslator('en', messages, { timeZone: 'UTC' });
    expect(en.date('2026-03-05T14:07:00Z')).toBe(en.date(new Date('2026-03-05T14:07:00Z'), 'dateTime'));
    expect(en.date('2026-03-05T14:07:00Z', 'date')).toBe('Mar 5, 2026');
    expect(en.date('2026-03-05T14:07:00Z')).toMatch(/^Mar 5, 2026.*2:07/);
  });

  it('makes its number and date formats when prepared, and not again when they are used', () => {
    const made = { numbers: 0, dates: 0 };
    const { NumberFormat, DateTimeFormat } = Intl;
    // Constructors that count: a constructor returning an object makes `new` give that object.
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args) {
      made.numbers++;
      return new NumberFormat(...args);
    });
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args) {
      made.dates++;
      return new DateTimeFormat(...args);
    });
    try {
      const en = createTranslator('en', messages, { timeZone: 'UTC' });
      en.prepare();
      expect(made).toEqual({ numbers: 1, dates: 5 });
      en.number(3);
      for (const style of ['date', 'dateTime', 'time', 'weekdayTime', 'weekday'] as const) en.date(0, style);
      expect(made).toEqual({ numbers: 1, dates: 5 });
      expect(en.date(0, 'date')).toBe('Jan 1, 1970');
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('joins lists as each language does', () => {
    expect(createTranslator('en', messages).list(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(createTranslator('zh-CN', messages).list(['甲', '乙', '丙'])).toBe('甲、乙和丙');
  });

  it('names the message and the argument when a value is missing', () => {
    const t = createTranslator('en', messages);
    expect(() => t.t(key('named'), { action: 'save' })).toThrow(/Message "named" \(en\):.*"reason"/);
  });

  it('names the message when it is not ICU the translator can format', () => {
    const t = createTranslator('zh-CN', messages);
    expect(() => t.t(key('broken'), { when: 'today' })).toThrow(/Message "broken" \(zh-CN\):.*"date" is not supported/);
  });

  it('names a key the catalogue does not have, keeping the first error as the cause', () => {
    const t = createTranslator('en', messages);
    expect(() => t.t(key('missing'))).toThrow('Message "missing" (en): the catalogue has no such message');
    try {
      t.t(key('missing'));
    } catch (error) {
      expect((error as Error).cause).toEqual(new Error('the catalogue has no such message'));
    }
    expect.assertions(2);
  });

  it('knows which keys it has', () => {
    const t = createTranslator('en', messages);
    expect(t.has('plain')).toBe(true);
    expect(t.has('metric.unknown')).toBe(false);
    expect(t.has('toString')).toBe(false);
  });
});

describe('translatorFor', () => {
  it('speaks Amazon’s Chinese Seller Central terms', () => {
    const zh = translatorFor('zh-CN');
    expect(zh.t('metric.orderDefectRate.mfn')).toContain('订单缺陷率');
    expect(zh.t('metric.lateShipmentRate')).toBe('迟发率');
    expect(zh.t('metric.accountHealthRating')).toBe('账户状况评级');
    expect(zh.t('common.couldNot', { action: '保存设置', reason: '磁盘已满' })).toBe('无法保存设置：磁盘已满');
  });
});
