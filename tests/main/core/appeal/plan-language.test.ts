import { describe, expect, it } from 'vitest';
import { detectPlanLanguage, textLength } from '../../../../main/core/appeal/plan-language';

describe('detectPlanLanguage', () => {
  it('takes a text without Han characters as English, even one without words', () => {
    expect(detectPlanLanguage('')).toBe('en');
    expect(detectPlanLanguage('2026-03-01 111-2222222-3333333')).toBe('en');
  });

  it('takes Chinese when Han characters are at least as many as Latin words', () => {
    expect(detectPlanLanguage('订单 B0AAAAAAAA')).toBe('zh-CN');
    expect(detectPlanLanguage('订 order')).toBe('zh-CN');
    expect(detectPlanLanguage('订 order and more')).toBe('en');
  });
});

describe('textLength', () => {
  it('counts English in words, a word with an apostrophe or hyphen as one', () => {
    expect(textLength("It's a well-known 2-day fix, isn't it?", 'en')).toBe(7);
    expect(textLength('…', 'en')).toBe(0);
  });

  it('counts Chinese in Han characters plus runs of Latin letters or digits', () => {
    expect(textLength('订单 B0AAAAAAAA 111-2222222-3333333 已处理', 'zh-CN')).toBe(7);
    expect(textLength('', 'zh-CN')).toBe(0);
  });
});
