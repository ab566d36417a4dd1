// Deadlines: stated periods from arrival, stated dates in each language's way, nothing else.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../../main/core/notice/deadline';
import { germanPatterns } from '../../../../main/core/notice/patterns-de';
import { englishPatterns } from '../../../../main/core/notice/patterns-en';
import { japanesePatterns } from '../../../../main/core/notice/patterns-ja';
import { chinesePatterns } from '../../../../main/core/notice/patterns-zh';

const at = '2026-11-20T10:00:00.000Z'; // a Friday
const inDays = (n: number) => new Date(Date.parse(at) + n * 86_400_000).toISOString();

describe('findDeadline in English', () => {
  it.each([
    ['Please act within 17 days.', 17, 'within 17 days'],
    ['Submit it within seventeen\ndays.', 17, 'within seventeen days'],
    ['You have 7 days from today to appeal.', 7, '7 days from today'],
    ['Reply 10 days from the date of this notice.', 10, '10 days from the date of this notice'],
  ])('%j', (text, days, words) => {
    // A period needs no place: it counts from the notice's arrival.
    expect(findDeadline(text, englishPatterns, at)).toEqual({ at: inDays(days), day: null, text: words });
  });

  it('counts hours and business days (skipping the weekend)', () => {
    expect(findDeadline('Respond within 72 hours.', englishPatterns, at)?.at).toBe(inDays(3));
    // Friday + 2 business days = Tuesday.
    expect(findDeadline('Respond within 2 business days.', englishPatterns, at)?.at).toBe(inDays(4));
  });

  it('reads stated dates in either order, as their day, which ends in UTC until the marketplace is known', () => {
    for (const text of ['Appeal by Dec 1, 2026.', 'Appeal before 1st December 2026.', 'no later than 2026-12-01']) {
      expect(findDeadline(text, englishPatterns, at)).toMatchObject({
        at: '2026-12-01T23:59:59.000Z',
        day: '2026-12-01',
      });
    }
  });

  it('takes the first stated deadline in the text', () => {
    expect(findDeadline('Appeal by December 1, 2026, or within 30 days.', englishPatterns, at)?.text).toBe(
      'by December 1, 2026',
    );
  });

  it.each([
    'Provide invoices dated within 365 days.',
    'We usually respond within 48 hours.',
    'Ship by: November 28, 2026',
    'Your rate over the last 30 days is 6%.',
    'Appeal by February 30, 2026.',
    'within 0 days',
    'within 9999 days',
  ])('states none in %j', (text) => {
    expect(findDeadline(text, englishPatterns, at)).toBeNull();
  });

  it('states none when the arrival time is not a date', () => {
    expect(findDeadline('within 7 days', englishPatterns, 'yesterday')).toBeNull();
  });
});

describe('findDeadline in German, Japanese and Chinese', () => {
  it.each([
    [germanPatterns, 'innerhalb von 7 Tagen', 7],
    [germanPatterns, 'binnen sieben Tagen', 7],
    [germanPatterns, 'innerhalb von 72 Stunden', 3],
    [japanesePatterns, '本日より7日以内', 7],
    [japanesePatterns, '７日以内に', 7],
    [japanesePatterns, '72時間以内', 3],
    [chinesePatterns, '请在7天内提交', 7],
    [chinesePatterns, '十七天内', 17],
    [chinesePatterns, '72小时内', 3],
  ])('%#: %s', (patterns, text, days) => {
    expect(findDeadline(text, patterns, at)?.at).toBe(inDays(days));
  });

  it.each([
    [germanPatterns, 'spätestens am 01.12.2026'],
    [germanPatterns, 'bis zum 1. Dezember 2026'],
    [japanesePatterns, '2026年12月1日までに'],
    [chinesePatterns, '请于2026年12月1日之前提交'],
  ])('reads the date in %#', (patterns, text) => {
    expect(findDeadline(text, patterns, at)).toMatchObject({ at: '2026-12-01T23:59:59.000Z', day: '2026-12-01' });
  });

  it.each([
    [germanPatterns, 'In der Regel antworten wir innerhalb von 48 Stunden.'],
    [japanesePatterns, '過去365日以内の請求書'],
    [japanesePatterns, '通常、48時間以内にご連絡いたします。'],
    [chinesePatterns, '过去365天内的发票'],
    [chinesePatterns, '我们通常会在48小时内回复。'],
  ])('states none in %#', (patterns, text) => {
    expect(findDeadline(text, patterns, at)).toBeNull();
  });
});
