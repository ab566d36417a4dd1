import { describe, expect, it } from 'vitest';
import { flagShape, offlineSlash } from '../../../../main/core/tray/flag-glyph';

const width = (spans: readonly (readonly [number, number])[]) => spans.reduce((sum, [a, b]) => sum + (b - a), 0);

describe('flagShape', () => {
  it.each([16, 22, 24, 32, 44])(
    'at %i px: a whole-pixel pole from top to bottom, the cloth beside its top',
    (pixels) => {
      const flag = flagShape(pixels);
      const low = flag.spans(pixels * 0.8); // below the cloth: only the pole
      expect(low).toHaveLength(1);
      const [[poleStart, poleEnd]] = low as [[number, number]];
      expect(Number.isInteger(poleStart) && Number.isInteger(poleEnd)).toBe(true);
      expect(poleEnd - poleStart).toBeGreaterThanOrEqual(1);
      expect(poleStart).toBeLessThan(pixels / 4);
      const high = flag.spans(pixels * 0.35); // through the cloth: pole and cloth as one stretch
      expect(high).toHaveLength(1);
      expect(high[0]![0]).toBe(poleStart);
      expect(high[0]![1]).toBeGreaterThan(pixels * 0.8);
      expect(flag.top).toBeLessThan(pixels * 0.15);
      expect(flag.bottom).toBeGreaterThan(pixels * 0.9);
    },
  );

  it('waves: the cloth top is higher on the pole side than towards its end', () => {
    const flag = flagShape(64);
    const clothTop = (x: number) => {
      for (let y = 0; y < 64; y += 0.25) if (flag.spans(y).some(([a, b]) => a <= x && x < b)) return y;
      return Infinity;
    };
    expect(clothTop(20)).toBeLessThan(clothTop(45));
  });
});

describe('flagShape at 32 px, measured', () => {
  const flag = flagShape(32);

  it('has a pole 3 px wide from y 2 to 30', () => {
    expect([flag.top, flag.bottom]).toEqual([2, 30]);
    expect(flag.spans(29.5)).toEqual([[4, 7]]);
  });

  it('has a cloth from the pole to x 29, waving between y 3.6 and 19.6', () => {
    expect(flag.spans(10)).toEqual([[4, 29]]);
    expect(flag.spans(3.5)).toEqual([[4, 7]]);
    expect(width(flag.spans(4))).toBeGreaterThan(3);
    expect(width(flag.spans(19.5))).toBeGreaterThan(3);
    expect(flag.spans(19.7)).toEqual([[4, 7]]);
  });
});

describe('offlineSlash', () => {
  it('at 32 px: a stroke 3 px wide from (3, 3) to (29, 29), in a gap 2 px wider on each side', () => {
    const { stroke, gap } = offlineSlash(32);
    expect(width(stroke.spans(16))).toBeCloseTo(3 * Math.SQRT2);
    expect(width(gap.spans(16))).toBeCloseTo(7 * Math.SQRT2);
    expect(stroke.top).toBeCloseTo(3 - 1.5 / Math.SQRT2);
    expect(stroke.bottom).toBeCloseTo(29 + 1.5 / Math.SQRT2);
  });

  it('runs corner to corner, with a gap around it wider than the stroke', () => {
    const { stroke, gap } = offlineSlash(32);
    expect(width(stroke.spans(16))).toBeGreaterThan(1);
    expect(width(gap.spans(16))).toBeGreaterThan(width(stroke.spans(16)) + 2);
    const [[start, end]] = stroke.spans(16) as [[number, number]];
    expect((start + end) / 2).toBeCloseTo(16);
    expect(stroke.top).toBeLessThan(4);
    expect(stroke.bottom).toBeGreaterThan(28);
  });
});
