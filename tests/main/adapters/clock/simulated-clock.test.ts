import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedClock } from '../../../../main/adapters/clock/simulated-clock';

const start = new Date('2026-11-02T08:00:00.000Z');

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

function clock(speed: number) {
  return createSimulatedClock({ start, speed, wallNow: () => Date.now() });
}

describe('the simulated clock', () => {
  it('starts at its start and runs `speed` times faster than the wall clock', () => {
    const c = clock(3600);
    expect(c.now()).toEqual(start);
    vi.advanceTimersByTime(1000);
    expect(c.now()).toEqual(new Date('2026-11-02T09:00:00.000Z'));
  });

  it('runs a timer after its delay in simulated time', () => {
    const c = clock(3600);
    const fn = vi.fn();
    c.schedule(3_600_000, fn);
    vi.advanceTimersByTime(999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('cancels a timer', () => {
    const c = clock(1);
    const fn = vi.fn();
    c.schedule(10, fn).cancel();
    vi.advanceTimersByTime(100);
    expect(fn).not.toHaveBeenCalled();
  });

  it('asleep, keeps the time going but holds the timers; awake, they run out what was left', () => {
    const c = clock(3600);
    const fn = vi.fn();
    c.schedule(3_600_000, fn);
    vi.advanceTimersByTime(400);
    c.suspend();
    vi.advanceTimersByTime(5000);
    expect(fn).not.toHaveBeenCalled();
    expect(c.now()).toEqual(new Date(start.getTime() + 5400 * 3600));
    c.resume();
    vi.advanceTimersByTime(599);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('holds a timer planned while asleep until it wakes', () => {
    const c = clock(1);
    c.suspend();
    const fn = vi.fn();
    c.schedule(0, fn);
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    c.resume();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('refuses a speed that is not above 0', () => {
    expect(() => clock(0)).toThrow(RangeError);
  });
});
