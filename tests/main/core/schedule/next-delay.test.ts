import { describe, expect, it } from 'vitest';
import { nextDelayMs } from '../../../../main/core/schedule/next-delay';

const minute = 60_000;
const base = { intervalMs: 30 * minute, minIntervalMs: 0, consecutiveFailures: 0, random: 0.5 };

describe('nextDelayMs', () => {
  it('waits the whole interval when all is well and the draw is 0', () => {
    expect(nextDelayMs({ ...base, random: 0 })).toBe(30 * minute);
  });

  it('jitters only earlier, by at most 10 %, so no poll comes later than its interval', () => {
    expect(nextDelayMs(base)).toBe(28.5 * minute);
    expect(nextDelayMs({ ...base, random: 0.999999 })).toBe(27 * minute);
  });

  it("jitters no healthy poll below the source's minimum", () => {
    expect(nextDelayMs({ ...base, intervalMs: 10 * minute, minIntervalMs: 10 * minute, random: 0.9 })).toBe(
      10 * minute,
    );
  });

  it('never polls a source sooner than its minimum, even when asked for a shorter interval', () => {
    expect(nextDelayMs({ ...base, intervalMs: minute, minIntervalMs: 10 * minute, random: 0 })).toBe(10 * minute);
  });

  it('jitters a retry by ±10 %, never past the interval', () => {
    expect(nextDelayMs({ ...base, consecutiveFailures: 1, random: 0 })).toBe(27_000);
    expect(nextDelayMs({ ...base, consecutiveFailures: 1, random: 0.999999 })).toBe(33_000);
    expect(nextDelayMs({ ...base, consecutiveFailures: 7, random: 0.999999 })).toBe(30 * minute);
  });

  it('backs off exponentially after failures, capped at the interval', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => nextDelayMs({ ...base, consecutiveFailures: n }));
    expect(delays).toEqual([0.5, 1, 2, 4, 8, 16, 30].map((m) => m * minute));
  });
});
