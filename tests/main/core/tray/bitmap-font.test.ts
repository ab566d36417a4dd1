import { describe, expect, it } from 'vitest';
import { fontGlyph, glyphHeight, textShape, textWidth } from '../../../../main/core/tray/bitmap-font';

const digits = [...'0123456789'];

describe('the tray bitmap font', () => {
  it('has a distinct 3 × 5 glyph for every digit', () => {
    const drawn = digits.map((d) => fontGlyph(d).join('/'));
    for (const d of digits) {
      expect(fontGlyph(d)).toHaveLength(glyphHeight);
      for (const row of fontGlyph(d)) expect(row).toMatch(/^[#.]{3}$/);
    }
    expect(new Set(drawn).size).toBe(digits.length);
  });

  it('has "+" for capped counts and "!" for the error mark', () => {
    expect(fontGlyph('+')).toHaveLength(glyphHeight);
    expect(fontGlyph('!')).toHaveLength(glyphHeight);
  });

  it('refuses characters it cannot draw', () => {
    expect(() => fontGlyph('a')).toThrow(/no glyph/);
  });

  it('measures text in cells with one blank cell between glyphs', () => {
    expect(textWidth('7')).toBe(3);
    expect(textWidth('42')).toBe(7);
    expect(textWidth('99+')).toBe(11);
    expect(textWidth('!')).toBe(1);
  });

  it('sets text at whole-cell positions, each glyph row as its runs of ink', () => {
    // "1" at (10, 20), cells 2 px: top row '.#.', second row '##.', bottom row '###'.
    const one = textShape('1', 10, 20, 2);
    expect([one.top, one.bottom]).toEqual([20, 30]);
    expect(one.spans(20.5)).toEqual([[12, 14]]);
    expect(one.spans(22.5)).toEqual([[10, 14]]);
    expect(one.spans(29.5)).toEqual([[10, 16]]);
    expect(one.spans(30.5)).toEqual([]);
  });

  it('puts the second glyph after the first and a blank cell', () => {
    // "17" top row: '.#.' then '###' starting at cell 4.
    expect(textShape('17', 0, 0, 1).spans(0.5)).toEqual([
      [1, 2],
      [4, 7],
    ]);
  });
});
