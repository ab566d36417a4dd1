// ASINs: what the text spells out, nothing near it.
import { describe, expect, it } from 'vitest';
import { findAsins, isIsbn10 } from '../../../../main/core/notice/asins';

describe('findAsins', () => {
  it('finds B0 ASINs inline, in lists and after full-width colons, each once, in order', () => {
    expect(findAsins('ASIN：B0CP7ZQ2N5、B0C1YK9WT3 and again B0CP7ZQ2N5\n- B0D1TR88PL')).toEqual([
      'B0CP7ZQ2N5',
      'B0C1YK9WT3',
      'B0D1TR88PL',
    ]);
  });

  it('takes an ISBN-10 only when its check digit holds, X included', () => {
    expect(findAsins('books 0306406152 and 080442957X')).toEqual(['0306406152', '080442957X']);
    expect(findAsins('books 0306406153')).toEqual([]);
  });

  it('ignores longer codes, lower case and codes glued to letters or digits', () => {
    expect(findAsins('B0CP7ZQ2N5X xB0CP7ZQ2N5 b0cp7zq2n5 10306406152 B0CP7ZQ2N')).toEqual([]);
  });

  it('does not read order numbers as ISBNs', () => {
    expect(findAsins('Order 112-3456789-1234567')).toEqual([]);
  });
});

describe('isIsbn10', () => {
  it('checks the weighted sum', () => {
    expect(isIsbn10('0306406152')).toBe(true);
    expect(isIsbn10('0306406150')).toBe(false);
    expect(isIsbn10('B0CP7ZQ2N5')).toBe(false);
  });
});
