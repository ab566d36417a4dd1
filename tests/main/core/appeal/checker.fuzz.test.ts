// Whatever a seller types or pastes: the checker answers, and every finding points inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../../main/core/appeal/checker';
import { parsePlanText } from '../../../../main/core/appeal/plan-sections';
import { textReadiness } from '../../../../main/core/appeal/readiness';

const phrase = fc.constantFrom(
  'human error',
  'we will train our team',
  'Root cause:',
  '根本原因：',
  '人为失误',
  'B0CAMP1234',
  '2026-11-02',
  '\u0000',
  '\u200b',
  '😀',
  '\r\n',
);
const plan = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), phrase), {
  maxLength: 40,
});

describe('checkPlan under fuzzing', () => {
  it('checks 10,000 arbitrary texts, with every finding inside the text', () => {
    fc.assert(
      fc.property(
        plan,
        fc.array(fc.string(), { maxLength: 3 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
        (parts, previous, asins) => {
          const text = parts.join(' ');
          const document = parsePlanText(text);
          const result = checkPlan({ plan: document, asins, previous });
          for (const finding of result.findings) {
            expect(finding.start).toBeGreaterThanOrEqual(0);
            expect(finding.end).toBeGreaterThanOrEqual(finding.start);
            expect(finding.end).toBeLessThanOrEqual(document.text.length);
          }
          expect(['not-ready', 'needs-work', 'ready']).toContain(textReadiness(document, result).overall);
        },
      ),
      { numRuns: 10_000, interruptAfterTimeLimit: 60_000 },
    );
  }, 90_000);
});
