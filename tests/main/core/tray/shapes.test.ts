import { describe, expect, it } from 'vitest';
import { pill, polygon, rect, stroke, union } from '../../../../main/core/tray/shapes';

describe('shapes as horizontal spans', () => {
  it('a rectangle covers its width on every line inside it, nothing outside', () => {
    const r = rect(2, 3, 4, 5);
    expect([r.top, r.bottom]).toEqual([3, 8]);
    expect(r.spans(3)).toEqual([[2, 6]]);
    expect(r.spans(7.9)).toEqual([[2, 6]]);
    expect(r.spans(8)).toEqual([]);
    expect(r.spans(2.9)).toEqual([]);
  });

  it('a pill is full width through its middle and narrows to its round ends', () => {
    const p = pill(0, 0, 10, 4); // radius 2, straight part from x = 2 to 8
    expect(p.spans(2)).toEqual([[0, 10]]);
    const [[start, end]] = p.spans(0.5) as [[number, number]];
    expect(start).toBeCloseTo(2 - Math.sqrt(4 - 1.5 * 1.5));
    expect(end).toBeCloseTo(8 + Math.sqrt(4 - 1.5 * 1.5));
    expect(p.spans(4)).toEqual([]);
  });

  it('a square pill is a circle', () => {
    const circle = pill(0, 0, 6, 6);
    const [[start, end]] = circle.spans(3) as [[number, number]];
    expect([start, end]).toEqual([0, 6]);
    const [[s1, e1]] = circle.spans(1) as [[number, number]];
    expect(e1 - s1).toBeCloseTo(2 * Math.sqrt(9 - 4));
  });

  it('a polygon covers the inside between its crossings', () => {
    const triangle = polygon([
      [0, 0],
      [10, 10],
      [0, 10],
    ]);
    expect(triangle.spans(5)).toEqual([[0, 5]]);
    expect(triangle.spans(11)).toEqual([]);
  });

  it('a polygon with a notch covers two stretches on a line through the notch', () => {
    const notched = polygon([
      [0, 0],
      [10, 0],
      [10, 10],
      [5, 5],
      [0, 10],
    ]);
    expect(notched.spans(8)).toEqual([
      [0, 2],
      [8, 10],
    ]);
  });

  it('a stroke is as wide as asked across its direction', () => {
    const horizontal = stroke(2, 5, 12, 5, 2);
    expect(horizontal.spans(5)).toEqual([[2, 12]]);
    expect(horizontal.spans(6.5)).toEqual([]);
    const diagonal = stroke(0, 0, 10, 10, Math.SQRT2);
    const [[start, end]] = diagonal.spans(5) as [[number, number]];
    expect(start).toBeCloseTo(4);
    expect(end).toBeCloseTo(6);
  });

  it('a pill narrows the same way towards its lower end, and covers nothing beyond it', () => {
    const p = pill(0, 0, 10, 4);
    const [[start, end]] = p.spans(3.5) as [[number, number]];
    expect(start).toBeCloseTo(2 - Math.sqrt(4 - 1.5 * 1.5));
    expect(end).toBeCloseTo(8 + Math.sqrt(4 - 1.5 * 1.5));
    expect(p.spans(4.5)).toEqual([]);
    expect(p.spans(-0.5)).toEqual([]);
  });

  it('a polygon counts a line through a corner once: the top corner is a point, the bottom edge nothing', () => {
    const triangle = polygon([
      [0, 0],
      [10, 10],
      [0, 10],
    ]);
    expect(triangle.spans(0)).toEqual([[0, 0]]);
    expect(triangle.spans(10)).toEqual([]);
  });

  it('a stroke away from the origin is as long and as wide as asked', () => {
    const vertical = stroke(5, 2, 5, 12, 2);
    expect([vertical.top, vertical.bottom]).toEqual([2, 12]);
    expect(vertical.spans(7)).toEqual([[4, 6]]);
  });

  it('a union sorts the stretches of shapes given in any order', () => {
    expect(union(rect(20, 0, 1, 1), rect(4, 0, 2, 1), rect(0, 0, 5, 1)).spans(0.5)).toEqual([
      [0, 6],
      [20, 21],
    ]);
  });

  it('a union counts overlapping stretches once', () => {
    const both = union(rect(0, 0, 6, 2), rect(4, 1, 6, 2), rect(20, 0, 1, 1));
    expect([both.top, both.bottom]).toEqual([0, 3]);
    expect(both.spans(0.5)).toEqual([
      [0, 6],
      [20, 21],
    ]);
    expect(both.spans(1.5)).toEqual([[0, 10]]);
    expect(both.spans(2.5)).toEqual([[4, 10]]);
  });
});
