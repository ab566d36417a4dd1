import { describe, expect, it } from 'vitest';
import type { NearCopyTest } from '../../../../main/core/appeal/checker-rules';
import { closestPrevious, comparisonUnits, textSimilarity } from '../../../../main/core/appeal/similarity';

const words = (size: number) => ({ en: size, 'zh-CN': size });

describe('comparisonUnits', () => {
  it('compares lower-cased words and numbers, and each Han character alone, without punctuation', () => {
    expect(comparisonUnits('Set, HANDLING time to 2 days: 订单')).toEqual([
      'set',
      'handling',
      'time',
      'to',
      '2',
      'days',
      '订',
      '单',
    ]);
    expect(comparisonUnits('…!')).toEqual([]);
  });
});

describe('textSimilarity', () => {
  it('is 1 for the same text whatever its case and punctuation, and for two empty texts', () => {
    expect(textSimilarity('We fixed it.', 'we FIXED it', words(2), 'en')).toBe(1);
    expect(textSimilarity('', '!', words(2), 'en')).toBe(1);
  });

  it('is 0 against an empty text', () => {
    expect(textSimilarity('We fixed it.', '', words(2), 'en')).toBe(0);
    expect(textSimilarity('', 'We fixed it.', words(2), 'en')).toBe(0);
  });

  it('is the share of runs the two have in common', () => {
    // {a b, b c, c d} and {a b, b c, c e}: 2 shared of 4 in all
    expect(textSimilarity('a b c d', 'a b c e', words(2), 'en')).toBe(0.5);
  });

  it('compares a text shorter than a run as one run of all its words', () => {
    expect(textSimilarity('a b', 'a b', words(3), 'en')).toBe(1);
    expect(textSimilarity('a b', 'a c', words(3), 'en')).toBe(0);
  });

  it('keeps the words of a run apart, so joined words are not the same words', () => {
    expect(textSimilarity('a b', 'ab', words(3), 'en')).toBe(0);
    expect(textSimilarity('a bc', 'ab c', words(2), 'en')).toBe(0);
  });

  it('uses the run length of the plan’s language', () => {
    const shingle = { en: 1, 'zh-CN': 4 };
    expect(textSimilarity('a b c d', 'd c b a', shingle, 'en')).toBe(1);
    expect(textSimilarity('a b c d', 'd c b a', shingle, 'zh-CN')).toBe(0);
  });
});

describe('closestPrevious', () => {
  const test: NearCopyTest = { kind: 'near-copy', threshold: 0.5, shingle: words(2) };

  it('names the most alike earlier text at or above the threshold, the first of equals', () => {
    expect(closestPrevious('a b c d', ['x y', 'a b c e', 'a b c d', 'a b c d'], test, 'en')).toEqual({
      index: 2,
      similarity: 1,
    });
    expect(closestPrevious('a b c d', ['a b c e'], test, 'en')).toEqual({ index: 0, similarity: 0.5 });
  });

  it('names none below the threshold', () => {
    expect(closestPrevious('a b c d', ['a b x y', 'z'], test, 'en')).toBeNull();
    expect(closestPrevious('a b c d', [], test, 'en')).toBeNull();
  });
});
