// Target (window weight): the appeal versions view compares two 3,000-word plans with about 5 % of
// their words edited in ≤ 50 ms median, side by side, in English (words) and in Chinese
// (characters: a 3,000-character plan). The diff is Myers' O(ND): its cost grows with the length
// times the edits, not with the length squared.
// Run: npx tsx bench/version-diff.bench.ts
import { sideBySide } from '../renderer/views/appeal/version-diff';
import { editedPlan, planText } from '../tests/main/core/appeal/edited-plans';
import { measure, row } from './measure';

const targetMs = 50;

const rows = (['en', 'zh-CN'] as const).map((language) => {
  const older = planText(language, 3000, 'bench');
  const newer = editedPlan(older, language, 0.05, 'bench');
  const diff = sideBySide(older, newer, language);
  const changes =
    diff.older.filter((p) => p.kind === 'removed').length + diff.newer.filter((p) => p.kind === 'added').length;
  const unit = language === 'zh-CN' ? 'characters' : 'words';
  const timing = measure(
    `${language}: two 3,000-${unit === 'words' ? 'word' : 'character'} plans, 5 % of the ${unit} edited (${changes} changed runs), side by side`,
    50,
    () => void sideBySide(older, newer, language),
    5,
  );
  return row(timing, targetMs);
});

console.log(
  ['| what | runs | median | p95 | target | verdict |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n'),
);
