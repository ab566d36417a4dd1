// Our plan diff replaced the `diff` package (a test-only dependency now): on many seeded edits of
// plan-like text it must give exactly the runs `diffWordsWithSpace` (English) and `diffChars`
// (Chinese) gave, so the versions view shows the same changes as before.
import { diffChars, diffWordsWithSpace, type ChangeObject } from 'diff';
import { describe, expect, it } from 'vitest';
import type { PlanLanguage } from '../../../../main/core/appeal/appeal-schema';
import { planChanges } from '../../../../main/core/appeal/plan-diff';
import { editedPlan, planText } from './edited-plans';

function theirRuns(older: string, newer: string, language: PlanLanguage) {
  const changes: ChangeObject<string>[] =
    language === 'zh-CN' ? diffChars(older, newer) : diffWordsWithSpace(older, newer);
  return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

const cases = Array.from({ length: 60 }, (_, i) => ({
  language: (i % 2 === 0 ? 'en' : 'zh-CN') as PlanLanguage,
  words: [20, 80, 300][i % 3]!,
  share: [0.02, 0.05, 0.15, 0.5][i % 4]!,
  seed: `diff-${i}`,
}));

describe('planChanges against the diff package', () => {
  it.each(cases)('$language, $words words, $share edited ($seed)', ({ language, words, share, seed }) => {
    const older = planText(language, words, seed);
    const newer = editedPlan(older, language, share, seed);
    expect(newer).not.toBe(older);
    expect(planChanges(older, newer, language)).toEqual(theirRuns(older, newer, language));
  });

  it.each([
    ['', ''],
    ['', 'Added from nothing.'],
    ['All of it goes.', ''],
    ['Line one\r\nline two', 'Line one\nline two\r\n'],
    ['Tabs\tand  double  spaces', 'Tabs and double\tspaces'],
    ['café — naïve résumé', 'cafe - naive résumé'],
    ['emoji 👍 stay whole', 'emoji 👎 stay whole'],
    ['a a a a b a a', 'a b a a a b'],
  ])('%j → %j', (older, newer) => {
    for (const language of ['en', 'zh-CN'] as const) {
      expect(planChanges(older, newer, language)).toEqual(theirRuns(older, newer, language));
    }
  });
});
