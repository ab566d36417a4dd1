import { describe, expect, it } from 'vitest';
import { nextDelayMs } from '../../../../main/core/schedule/next-delay';

const minute = 60_000;
const base = { intervalMs: 30 * minute, minIntervalMs: 0, consecutiveFailures: 0, random: 0.5 };

describe('nextDelayMs', () => {
  it('waits the interval when all is well (random 0.5 means no jitter)', () => {
    expect(nextDelayMs(base)).toBe(30 * minute);
  });

  it('jitters by at most ±10 %', () => {
    expect(nextDelayMs({ ...base, random: 0 })).toBe(27 * minute);
    expect(nextDelayMs({ ...base, random: 0.999999 })).toBeCloseTo(33 * minute, -2);
  });

  it('never polls a source sooner than its minimum, even when asked for a shorter interval', () => {
    expect(nextDelayMs({ ...base, intervalMs: minute, minIntervalMs: 10 * minute, random: 0 })).toBe(10 * minute);
  });

  it('backs off exponentially after failures, capped at the interval', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => nextDelayMs({ ...base, consecutiveFailures: n }));
    expect(delays).toEqual([0.5, 1, 2, 4, 8, 16, 30].map((m) => m * minute));
  });
});
