import { describe, expect, it } from 'vitest';
import { rowOffsets, rowsInView, scrollTopToShow, totalHeight } from '../../../renderer/virtual-list/row-layout';

/** Offsets of rows of the given heights, all measured. */
const measured = (...heights: number[]) => rowOffsets(heights.length, (i) => heights[i], 999);
/** Offsets of `count` rows, each 10 px tall. */
const tens = (count: number) => rowOffsets(count, () => 10, 999);

describe('rowOffsets', () => {
  it('places each row after the ones before it and ends with the whole height', () => {
    expect([...measured(30, 10, 20)]).toEqual([0, 30, 40, 60]);
  });

  it('counts a row not measured yet at the estimate', () => {
    const heights = [30, undefined, 20];
    expect([...rowOffsets(3, (i) => heights[i], 50)]).toEqual([0, 30, 80, 100]);
  });

  it('places every row at the estimate, looking none up, when told there is no height to look up', () => {
    expect([...rowOffsets(4, null, 25)]).toEqual([0, 25, 50, 75, 100]);
    expect(totalHeight(rowOffsets(0, null, 25))).toBe(0);
  });

  it('gives an empty list a height of 0', () => {
    expect(totalHeight(rowOffsets(0, () => 10, 50))).toBe(0);
  });

  it('moves the rows below a row whose height changed, and no others', () => {
    const heights = [10, 10, 10, 10];
    const before = rowOffsets(4, (i) => heights[i], 50);
    heights[1] = 25;
    const after = rowOffsets(4, (i) => heights[i], 50);
    expect([...before]).toEqual([0, 10, 20, 30, 40]);
    expect([...after]).toEqual([0, 10, 35, 45, 55]);
  });
});

describe('rowsInView', () => {
  it('shows no row of an empty list', () => {
    expect(
      rowsInView(
        rowOffsets(0, () => 10, 10),
        0,
        100,
        8,
      ),
    ).toEqual({ start: 0, end: 0 });
  });

  it('shows the rows overlapping the viewport at the top of the list', () => {
    // 100 rows of 10 px, a viewport of 35 px: rows 0 to 3 overlap it.
    expect(rowsInView(tens(100), 0, 35, 0)).toEqual({ start: 0, end: 4 });
  });

  it('adds the overscan on either side, within the list', () => {
    expect(rowsInView(tens(100), 500, 35, 3)).toEqual({ start: 47, end: 57 });
    expect(rowsInView(tens(100), 0, 35, 3)).toEqual({ start: 0, end: 7 });
  });

  it('leaves out a row that only touches the top or the bottom edge', () => {
    // Scrolled to 20 px with a 30 px viewport: row 1 ends at 20 and row 5 starts at 50.
    expect(rowsInView(tens(100), 20, 30, 0)).toEqual({ start: 2, end: 5 });
  });

  it('includes a row cut by either edge', () => {
    expect(rowsInView(tens(100), 25, 30, 0)).toEqual({ start: 2, end: 6 });
  });

  it('shows the last rows when scrolled to the bottom', () => {
    expect(rowsInView(tens(100), 965, 35, 2)).toEqual({ start: 94, end: 100 });
  });

  it('shows the last rows when scrolled past the end of a list that has just become shorter', () => {
    expect(rowsInView(tens(10), 5000, 35, 0)).toEqual({ start: 6, end: 10 });
  });

  it('shows every row when all of them fit', () => {
    expect(rowsInView(tens(5), 0, 800, 8)).toEqual({ start: 0, end: 5 });
  });

  it('shows every row of rows that measure nothing (a page not laid out)', () => {
    expect(
      rowsInView(
        rowOffsets(40, () => 0, 63),
        0,
        800,
        8,
      ),
    ).toEqual({ start: 0, end: 40 });
  });

  it('finds rows of different heights', () => {
    // Rows at 0, 100, 110, 120, 320, 330.
    const offsets = measured(100, 10, 10, 200, 10, 10);
    expect(rowsInView(offsets, 105, 20, 0)).toEqual({ start: 1, end: 4 });
    expect(rowsInView(offsets, 150, 100, 0)).toEqual({ start: 3, end: 4 });
  });

  it('follows a row whose height changed', () => {
    const heights = [10, 10, 10, 10, 10];
    expect(
      rowsInView(
        rowOffsets(5, (i) => heights[i], 10),
        0,
        25,
        0,
      ),
    ).toEqual({ start: 0, end: 3 });
    heights[0] = 30;
    expect(
      rowsInView(
        rowOffsets(5, (i) => heights[i], 10),
        0,
        25,
        0,
      ),
    ).toEqual({ start: 0, end: 1 });
  });
});

describe('scrollTopToShow (the "auto" alignment)', () => {
  it('stays put when the row is wholly in view', () => {
    expect(scrollTopToShow(tens(100), 5, 40, 35)).toBe(40);
  });

  it('stays put for a row exactly filling the edges of the view', () => {
    expect(scrollTopToShow(tens(100), 4, 40, 10)).toBe(40);
  });

  it('brings a row above the view to the top', () => {
    expect(scrollTopToShow(tens(100), 2, 40, 35)).toBe(20);
    // Cut by the top edge.
    expect(scrollTopToShow(tens(100), 3, 35, 35)).toBe(30);
  });

  it('brings a row below the view to the bottom', () => {
    expect(scrollTopToShow(tens(100), 10, 40, 35)).toBe(75);
    // Cut by the bottom edge: row 7 ends at 80, the view at 75.
    expect(scrollTopToShow(tens(100), 7, 40, 35)).toBe(45);
  });

  it('brings the first row to the very top and the last to the very bottom', () => {
    expect(scrollTopToShow(tens(100), 0, 500, 35)).toBe(0);
    expect(scrollTopToShow(tens(100), 99, 0, 35)).toBe(965);
  });

  it('puts a row taller than the view at the top', () => {
    expect(scrollTopToShow(measured(10, 100, 10), 1, 0, 50)).toBe(10);
  });

  it('does not scroll a list that fits', () => {
    expect(scrollTopToShow(tens(5), 4, 0, 800)).toBe(0);
  });
});
