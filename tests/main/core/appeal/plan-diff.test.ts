// A plan's changes in the units a reader compares: words and the spaces between them in English,
// characters in Chinese; the runs always give back both versions exactly.
import { describe, expect, it } from 'vitest';
import { planChanges, planTokens } from '../../../../main/core/appeal/plan-diff';

describe('planTokens', () => {
  it('splits English into words, runs of spaces and each other character', () => {
    expect(planTokens('Order 113-42  shipped, late.', 'en')).toEqual([
      'Order',
      ' ',
      '113',
      '-',
      '42',
      '  ',
      'shipped',
      ',',
      ' ',
      'late',
      '.',
    ]);
  });

  it('keeps each line break a token of its own, \\r\\n as one', () => {
    expect(planTokens('a\n\nb\r\nc \t d', 'en')).toEqual(['a', '\n', '\n', 'b', '\r\n', 'c', ' \t ', 'd']);
  });

  it('keeps accented Latin words whole, and splits other scripts into characters', () => {
    expect(planTokens('café naïve_1', 'en')).toEqual(['café', ' ', 'naïve_1']);
    expect(planTokens('承运人', 'en')).toEqual(['承', '运', '人']);
  });

  it('splits Chinese into characters, a character beyond the BMP included', () => {
    expect(planTokens('迟发 2 天𠀀', 'zh-CN')).toEqual(['迟', '发', ' ', '2', ' ', '天', '𠀀']);
  });

  it('gives back the text when joined', () => {
    const text = 'Between 2026-01-03 and 2026-02-01,\r\n  the “picker” worked — late.\n';
    expect(planTokens(text, 'en').join('')).toBe(text);
    expect(planTokens(text, 'zh-CN').join('')).toBe(text);
  });
});

describe('planChanges', () => {
  it('changes whole English words', () => {
    expect(planChanges('shipped late', 'shipped later', 'en')).toEqual([
      { kind: 'same', text: 'shipped ' },
      { kind: 'removed', text: 'late' },
      { kind: 'added', text: 'later' },
    ]);
  });

  it('changes single Chinese characters', () => {
    expect(planChanges('迟发两天', '迟发三天', 'zh-CN')).toEqual([
      { kind: 'same', text: '迟发' },
      { kind: 'removed', text: '两' },
      { kind: 'added', text: '三' },
      { kind: 'same', text: '天' },
    ]);
  });
});
