// The window's one ticker: a single interval however many countdowns listen, running only while
// one does, and one time that all of them read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTicker } from '../../../renderer/app/ticker';

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-03T15:00:00.000Z') }));
afterEach(() => vi.useRealTimers());

describe('createTicker', () => {
  it('runs one interval for every listener, and tells each of them on every tick', () => {
    const setInterval = vi.spyOn(globalThis, 'setInterval');
    const ticker = createTicker(1_000);
    const heard: string[] = [];
    ticker.subscribe(() => heard.push('a'));
    ticker.subscribe(() => heard.push('b'));
    expect(setInterval).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2_000);
    expect(heard).toEqual(['a', 'b', 'a', 'b']);
  });

  it('stops when the last listener leaves, and starts again with the next', () => {
    const ticker = createTicker(1_000);
    const first = ticker.subscribe(() => {});
    const second = ticker.subscribe(() => {});
    first();
    expect(vi.getTimerCount()).toBe(1);
    second();
    expect(vi.getTimerCount()).toBe(0);
    ticker.subscribe(() => {});
    expect(vi.getTimerCount()).toBe(1);
  });

  it('answers the time of the last tick while running, so all listeners agree, and the time now otherwise', () => {
    const ticker = createTicker(1_000);
    const start = Date.now();
    expect(ticker.now()).toBe(start);
    ticker.subscribe(() => {});
    vi.advanceTimersByTime(1_500);
    expect(ticker.now()).toBe(start + 1_000);
  });
});
