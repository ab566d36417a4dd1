// A virtualised list's rows for React: which rows to put in the page for the scroll position,
// where each goes, and the list's whole height. Rows are measured as they appear by a
// ResizeObserver (which reads sizes after layout, without forcing one) and their heights kept
// by key, so a row keeps its height when the list is filtered; while every row measured is as
// tall as the estimate, no row is looked up to place 10,000. The component renders again only
// when a row that belongs in the page is missing or a height changed: scrolling within the rows
// already there costs nothing.
import { useMemo, useReducer, useState } from 'react';
import { flushSync } from 'react-dom';
import { rowOffsets, rowsInView, scrollTopToShow, totalHeight, type RowRange } from './row-layout';

/** A row to put in the page: its place in the list, its key and where it starts. */
export interface VirtualRow {
  index: number;
  key: string;
  start: number;
}

export interface VirtualRowsOptions {
  count: number;
  /** Must stay the same function while the list does: a new one lays out every row again. */
  keyOf: (index: number) => string;
  /** The height of a row not measured yet, until one is; then the last height measured. */
  estimate: number;
  /** Rows put in the page on either side of those in view. */
  overscan: number;
  onRowMeasured?: (height: number) => void;
}

/** What the list's elements need: refs, and how to bring a row into view. Made once per list. */
export interface RowWindow {
  /** The ref for the scrolling element. */
  scroller: (element: HTMLElement | null) => (() => void) | undefined;
  /** The ref for each row's element, which carries `data-index`. */
  measureRow: (element: HTMLElement | null) => (() => void) | undefined;
  /** Scrolls as little as needed to bring row `index` wholly into view. */
  scrollToIndex: (index: number) => void;
  /** Row `index`'s element, or null while it is not in the page. */
  rowElement: (index: number) => HTMLElement | null;
}

/** The state between renders, read by the event handlers, and the handlers themselves. */
function createRowWindow(estimate: number, rerender: () => void, remeasure: () => void) {
  const state = {
    element: null as HTMLElement | null,
    observer: null as ResizeObserver | null,
    top: 0,
    // Until the scroller is measured, the window's height: rather a few rows too many than a
    // second render to fill the view.
    height: window.innerHeight,
    heights: new Map<string, number>(),
    estimate,
    /** Whether a height kept differs from the estimate: only then are rows looked up by key. */
    uneven: false,
    offsets: new Float64Array(1) as Float64Array,
    shown: { start: 0, end: 0 } as RowRange,
    options: null as unknown as VirtualRowsOptions,
  };

  /** Whether a row that belongs in the page now is not in it. */
  const rowMissing = () => {
    const { start, end } = rowsInView(state.offsets, state.top, state.height, state.options.overscan);
    return start < state.shown.start || end > state.shown.end;
  };

  const observed = (entries: ResizeObserverEntry[]) => {
    let moved = false;
    for (const { target, borderBoxSize } of entries) {
      if (target === state.element) state.height = state.element.clientHeight;
      else if (target.isConnected) {
        const height = borderBoxSize[0]!.blockSize;
        const key = state.options.keyOf(Number((target as HTMLElement).dataset.index));
        if ((state.heights.get(key) ?? state.estimate) !== height || state.estimate !== height) moved = true;
        state.heights.set(key, height);
        state.estimate = height;
        state.options.onRowMeasured?.(height);
      }
    }
    if (moved) {
      state.uneven = [...state.heights.values()].some((height) => height !== state.estimate);
      remeasure();
    } else if (rowMissing()) rerender();
  };
  const observer = () => (state.observer ??= new ResizeObserver(observed));

  const handlers: RowWindow = {
    scroller(element) {
      if (!element) return undefined;
      // A new scroller is at its top; its height comes with the observer's first report, after
      // the layout the browser does anyway (reading it here would force one more).
      Object.assign(state, { element, top: 0 });
      // Synchronously, so that the rows for the new position are in the page before it is painted.
      const onScroll = () => {
        state.top = element.scrollTop;
        if (rowMissing()) flushSync(rerender);
      };
      element.addEventListener('scroll', onScroll, { passive: true });
      observer().observe(element);
      return () => {
        element.removeEventListener('scroll', onScroll);
        observer().unobserve(element);
        state.element = null;
      };
    },
    measureRow(element) {
      if (!element) return undefined;
      const rows = observer();
      rows.observe(element);
      return () => rows.unobserve(element);
    },
    scrollToIndex(index) {
      const element = state.element;
      if (!element) return;
      const top = scrollTopToShow(state.offsets, index, element.scrollTop, state.height);
      if (top !== element.scrollTop) element.scrollTop = top;
    },
    rowElement: (index) => state.element?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null,
  };
  return { state, handlers };
}

export function useVirtualRows(options: VirtualRowsOptions): RowWindow & { rows: VirtualRow[]; totalHeight: number } {
  const { count, keyOf, overscan } = options;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [heightsChanged, remeasure] = useReducer((n: number) => n + 1, 0);
  const [{ state, handlers }] = useState(() => createRowWindow(options.estimate, rerender, remeasure));
  state.options = options;

  const offsets = useMemo(
    () => rowOffsets(count, state.uneven ? (i) => state.heights.get(keyOf(i)) : null, state.estimate),
    // `heightsChanged` counts the changes to the heights the offsets are computed from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [count, keyOf, heightsChanged],
  );
  state.offsets = offsets;
  state.shown = rowsInView(offsets, state.top, state.height, overscan);

  const rows: VirtualRow[] = [];
  for (let index = state.shown.start; index < state.shown.end; index++)
    rows.push({ index, key: keyOf(index), start: offsets[index]! });
  return { ...handlers, rows, totalHeight: totalHeight(offsets) };
}
