// Whatever is pasted or mailed: the parser answers, and never states what the text does not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../../main/core/notice/parse-notice';
import { isAllowedExternalUrl } from '../../../../main/core/external-links';

const phrase = fc.constantFrom(
  'Policy Warning',
  'Account Health',
  'selling privileges have been deactivated',
  'Anti-Counterfeiting Policy',
  'Kontozustand',
  'アカウント健全性',
  '账户状况',
  'within 17 days',
  'within seventeen\ndays',
  'by November 30, 2026',
  'bis zum 31. Februar 2026',
  'innerhalb von 7 Tagen',
  '本日より7日以内',
  '2026年13月40日まで',
  '7天内',
  'We usually respond within 48 hours.',
  'the last 365 days',
  'B0CAMP1234',
  'B0camp1234',
  '0306406152',
  '030640615',
  'ASIN：',
  'https://sellercentral.amazon.com/x.',
  'sellercentral-europe.amazon.com',
  '\u0000',
  '\u200b',
  '😀',
  '\r\n',
  '\n\n',
  '. ',
  '。',
);
const text = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', maxLength: 20 }), phrase), {
    maxLength: 40,
  })
  .map((parts) => parts.join(' '));
const receivedAt = fc.oneof(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.string({ maxLength: 30 }),
);
const collapse = (s: string) => s.replace(/\s+/g, ' ');

describe('parseNotice under fuzzing', () => {
  it('parses 10,000 arbitrary texts without throwing or inventing', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(fc.oneof(phrase, fc.string()), { nil: undefined }),
        fc.option(fc.constantFrom('a@amazon.com', 'x@example.com', '', '<>'), { nil: undefined }),
        receivedAt,
        (body, subject, from, at) => {
          const result = parseNotice({ text: body, subject, from, receivedAt: at });
          if (!result.ok) {
            expect(['empty', 'not-from-amazon', 'not-a-notice']).toContain(result.reason);
            return;
          }
          const notice = result.notice;
          const source = `${subject ?? ''}\n${body}`;
          for (const asin of notice.asins) expect(source).toContain(asin);
          expect(notice.deadline === null).toBe(notice.deadlineText === null);
          // A stated day is the deadline's own day, ending in UTC until the notice is placed.
          if (notice.deadlineDay !== null) expect(notice.deadline).toBe(`${notice.deadlineDay}T23:59:59.000Z`);
          if (notice.deadlineText !== null) {
            expect(collapse(body.normalize('NFC'))).toContain(notice.deadlineText);
            expect(Number.isNaN(Date.parse(notice.deadline!))).toBe(false);
          }
          expect(notice.title.length).toBeLessThanOrEqual(200);
          for (const link of notice.links) expect(isAllowedExternalUrl(link)).toBe(true);
        },
      ),
      { numRuns: 10_000, interruptAfterTimeLimit: 60_000 },
    );
  }, 90_000);

  it('states no deadline in 10,000 texts that state none', () => {
    const quiet = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'Policy Warning',
            'Account Health',
            'B0CAMP1234',
            'the last 365 days',
            '過去365日以内',
            '通常48時間以内',
          ),
          fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '.', '7', '日', '天', 'X') }),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(quiet, (body) => {
        const result = parseNotice({ text: body, receivedAt: '2026-11-20T10:00:00.000Z' });
        if (result.ok) expect(result.notice.deadline).toBeNull();
      }),
      { numRuns: 10_000, interruptAfterTimeLimit: 60_000 },
    );
  }, 90_000);
});
