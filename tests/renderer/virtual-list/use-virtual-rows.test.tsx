import { act, fireEvent, render, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useVirtualRows } from '../../../renderer/virtual-list/use-virtual-rows';

// Rows are laid out by a fake ResizeObserver: each row measures what `heights` says for its
// text (100 px unless told), and `resize` reports the rows again, as a browser does when a row's
// height changes. The scroller is 800 px tall (tests/renderer/layout-setup.ts).
const heights = new Map<string, number>();
const observers = new Set<{ report: ResizeObserverCallback; targets: Set<Element> }>();
const sizeOf = (target: Element) => {
  const blockSize = heights.get(target.textContent) ?? 100;
  return { target, borderBoxSize: [{ blockSize, inlineSize: 0 }] } as unknown as ResizeObserverEntry;
};
class MeasuringObserver {
  private readonly watched: { report: ResizeObserverCallback; targets: Set<Element> };
  constructor(report: ResizeObserverCallback) {
    this.watched = { report, targets: new Set() };
    observers.add(this.watched);
  }
  observe(target: Element) {
    this.watched.targets.add(target);
    this.watched.report([sizeOf(target)], this as unknown as ResizeObserver);
  }
  unobserve(target: Element) {
    this.watched.targets.delete(target);
  }
  disconnect() {
    observers.delete(this.watched);
  }
}
const resize = () =>
  act(() => {
    for (const { report, targets } of observers) report([...targets].map(sizeOf), {} as ResizeObserver);
  });

beforeEach(() => vi.stubGlobal('ResizeObserver', MeasuringObserver));
afterEach(() => {
  vi.unstubAllGlobals();
  heights.clear();
});

/** A list of rows named by `ids`, 2 rows of overscan, and a button bringing row 30 into view. */
function List({ ids }: { ids: string[] }) {
  const keyOf = useCallback((index: number) => ids[index]!, [ids]);
  const list = useVirtualRows({ count: ids.length, keyOf, estimate: 10, overscan: 2 });
  return (
    <>
      <button type="button" onClick={() => list.scrollToIndex(30)}>
        show row 30
      </button>
      <div ref={list.scroller} className="inbox-scroll" data-testid="scroller">
        <ul aria-label="rows" style={{ height: list.totalHeight }}>
          {list.rows.map((row) => (
            <li
              key={row.key}
              data-index={row.index}
              ref={list.measureRow}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {row.key}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

const ids = (count: number) => Array.from({ length: count }, (_, i) => `row ${i}`);
const shownRows = () => screen.queryAllByRole('listitem').map((row) => row.textContent);
const positionOf = (name: string) => screen.getByText(name).style.transform;

describe('useVirtualRows', () => {
  it('puts in the page only the rows in view and the overscan, each where it starts', () => {
    render(<List ids={ids(50)} />);
    // 800 px show rows 0 to 7 of 100 px; 2 more below.
    expect(shownRows()).toEqual(ids(10));
    expect(positionOf('row 3')).toBe('translateY(300px)');
    expect(screen.getByRole('list', { name: 'rows' }).style.height).toBe('5000px');
  });

  it('shows no row for an empty list', () => {
    render(<List ids={[]} />);
    expect(shownRows()).toEqual([]);
    expect(screen.getByRole('list', { name: 'rows' }).style.height).toBe('0px');
  });

  it('shows the rows of the new position once scrolled', () => {
    render(<List ids={ids(50)} />);
    const scroller = screen.getByTestId('scroller');
    scroller.scrollTop = 1000;
    fireEvent.scroll(scroller);
    expect(shownRows()).toEqual(ids(20).slice(8));
  });

  it('moves the rows below a row whose height changed', () => {
    render(<List ids={ids(50)} />);
    heights.set('row 0', 300);
    resize();
    expect(positionOf('row 1')).toBe('translateY(300px)');
    expect(shownRows()).toEqual(ids(8));
  });

  it('places every row at a new height once all the rows measured have it', () => {
    render(<List ids={ids(8)} />);
    for (const id of ids(8)) heights.set(id, 60);
    resize();
    expect(positionOf('row 3')).toBe('translateY(180px)');
    expect(screen.getByRole('list', { name: 'rows' }).style.height).toBe('480px');
  });

  it('places the rows evenly again once a row that differed is back to their height', () => {
    render(<List ids={ids(50)} />);
    heights.set('row 0', 300);
    resize();
    heights.delete('row 0');
    resize();
    expect(positionOf('row 1')).toBe('translateY(100px)');
    expect(screen.getByRole('list', { name: 'rows' }).style.height).toBe('5000px');
  });

  it('keeps a row’s measured height when the list is filtered', () => {
    heights.set('row 1', 250);
    const { rerender } = render(<List ids={ids(50)} />);
    rerender(<List ids={['row 1', 'row 2']} />);
    expect(positionOf('row 2')).toBe('translateY(250px)');
  });

  it('scrolls as little as needed to bring a row into view', () => {
    render(<List ids={ids(50)} />);
    fireEvent.click(screen.getByRole('button', { name: 'show row 30' }));
    // Row 30 ends at 3,100 px: the view's bottom goes there.
    expect(screen.getByTestId('scroller').scrollTop).toBe(2300);
  });
});
