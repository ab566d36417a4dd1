// How much of one plan is another: the Jaccard index of their shingles (runs of consecutive
// words, or characters for Chinese), after case and punctuation are set aside. A resubmission that
// only rewords a few sentences stays close to 1; one revised with new facts drops fast.
import type { PlanLanguage } from './appeal-schema';
import type { NearCopyTest } from './checker-rules';

/** The units a text is compared in: lower-cased words, and each Han character on its own. */
export function comparisonUnits(text: string): string[] {
  return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(units: readonly string[], size: number): Set<string> {
  const set = new Set<string>();
  if (units.length < size) {
    if (units.length > 0) set.add(units.join(' '));
    return set;
  }
  for (let i = 0; i + size <= units.length; i++) set.add(units.slice(i, i + size).join(' '));
  return set;
}

/** 0 (nothing shared) to 1 (the same text, give or take case, spacing and punctuation). */
export function textSimilarity(
  a: string,
  b: string,
  shingle: Readonly<Record<PlanLanguage, number>>,
  language: PlanLanguage,
): number {
  const size = shingle[language];
  const left = shingles(comparisonUnits(a), size);
  const right = shingles(comparisonUnits(b), size);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const item of left) if (right.has(item)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The earlier text most like `text`, when it is at least the test's threshold alike. */
export function closestPrevious(
  text: string,
  previous: readonly string[],
  test: NearCopyTest,
  language: PlanLanguage,
): { index: number; similarity: number } | null {
  let closest: { index: number; similarity: number } | null = null;
  for (const [index, earlier] of previous.entries()) {
    const similarity = textSimilarity(text, earlier, test.shingle, language);
    if (similarity >= test.threshold && (closest === null || similarity > closest.similarity))
      closest = { index, similarity };
  }
  return closest;
}
