// The arithmetic of a virtualised list, apart from the page: where each row starts, given the
// heights measured so far and an estimate for the rest; which rows a scroll position shows; and
// where to scroll so that a row is in view. Pure, so its boundaries are tested without a browser.

/** Rows `start` (included) to `end` (excluded). */
export interface RowRange {
  start: number;
  end: number;
}

/**
 * Where each of `count` rows starts, and at the end the list's whole height: `count + 1` offsets.
 * A row not measured yet (`heightOf` gives undefined) counts at `estimate`; without `heightOf`,
 * every row does (no row measured, or all at that height), and no row is looked up.
 */
export function rowOffsets(
  count: number,
  heightOf: ((index: number) => number | undefined) | null,
  estimate: number,
): Float64Array {
  const offsets = new Float64Array(count + 1);
  if (heightOf === null) for (let i = 0; i < count; i++) offsets[i + 1] = (i + 1) * estimate;
  else for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + (heightOf(i) ?? estimate);
  return offsets;
}

/** The list's whole height. */
export function totalHeight(offsets: Float64Array): number {
  return offsets[offsets.length - 1]!;
}

/** The first index in 0..`count` for which `holds` is true, `holds` being false then true (binary search). */
function firstWhere(count: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The rows a viewport `viewportHeight` tall shows when scrolled to `scrollTop`, and `overscan`
 * more on either side. A row in view overlaps the viewport: one that only touches its top or
 * bottom edge is not in view (a row of no height is, where it sits). A scroll position past the
 * end (the list has just become shorter) counts as the furthest one possible.
 */
export function rowsInView(
  offsets: Float64Array,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): RowRange {
  const count = offsets.length - 1;
  const top = Math.max(0, Math.min(scrollTop, totalHeight(offsets) - viewportHeight));
  const bottom = top + viewportHeight;
  const first = firstWhere(count, (i) => offsets[i + 1]! > top || offsets[i]! >= top);
  const afterLast = firstWhere(count, (i) => offsets[i]! >= bottom);
  return { start: Math.max(0, first - overscan), end: Math.min(count, Math.max(first, afterLast) + overscan) };
}

/**
 * The scroll position that brings row `index` into view, moving as little as possible (the
 * "auto" alignment): unchanged when the row is wholly in view; the row at the top when it is
 * above the view or taller than it; the row at the bottom when it is below.
 */
export function scrollTopToShow(
  offsets: Float64Array,
  index: number,
  scrollTop: number,
  viewportHeight: number,
): number {
  const start = offsets[index]!;
  const end = offsets[index + 1]!;
  const furthest = Math.max(0, totalHeight(offsets) - viewportHeight);
  let wanted = scrollTop;
  if (start < scrollTop || end - start > viewportHeight) wanted = start;
  else if (end > scrollTop + viewportHeight) wanted = end - viewportHeight;
  return Math.max(0, Math.min(wanted, furthest));
}
