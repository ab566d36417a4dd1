import { describe, expect, it } from 'vitest';
import { simulatedClock } from '../../../../main/sources/demo/simulated-clock';

const wall = new Date('2026-11-02T09:00:00.000Z');
const HOUR = 3_600_000;

describe('simulatedClock', () => {
  it('runs `speed` times faster than the wall clock from its origin', () => {
    const clock = simulatedClock({ wall, simulated: wall }, 3600);
    expect(clock.simulatedAt(new Date(wall.getTime() + 5_000))).toBe(wall.getTime() + 5 * HOUR);
  });

  it('maps simulated instants back to the wall clock, before and after the origin', () => {
    const clock = simulatedClock({ wall, simulated: wall }, 3600);
    expect(clock.wallAt(wall.getTime() + 72 * HOUR).toISOString()).toBe('2026-11-02T09:01:12.000Z');
    expect(clock.wallAt(wall.getTime() - 20 * HOUR).toISOString()).toBe('2026-11-02T08:59:40.000Z');
  });

  it('is the wall clock itself at speed 1', () => {
    const clock = simulatedClock({ wall, simulated: wall }, 1);
    const later = new Date('2026-11-03T10:30:00.000Z');
    expect(clock.simulatedAt(later)).toBe(later.getTime());
    expect(clock.wallAt(later.getTime())).toEqual(later);
  });

  it('continues from a resumed origin instead of jumping', () => {
    const simulated = new Date('2027-03-01T00:00:00.000Z');
    const clock = simulatedClock({ wall, simulated }, 60);
    expect(clock.simulatedAt(wall)).toBe(simulated.getTime());
    expect(clock.simulatedAt(new Date(wall.getTime() + 60_000))).toBe(simulated.getTime() + HOUR);
  });

  it('never runs backwards past its origin when the wall clock does', () => {
    const clock = simulatedClock({ wall, simulated: wall }, 10);
    expect(clock.simulatedAt(new Date(wall.getTime() - HOUR))).toBe(wall.getTime());
  });

  it('rejects a speed that is not a positive number', () => {
    for (const speed of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => simulatedClock({ wall, simulated: wall }, speed)).toThrow(/speed/);
    }
  });
});
