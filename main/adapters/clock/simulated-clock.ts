// A clock for demos and end-to-end tests (`flagwatch serve --clock-start T --clock-speed X`): time
// starts at T and runs X times faster than the wall clock, so a morning digest or a deadline comes
// within seconds. It can be put to sleep like a machine: the time goes on, the timers wait (as
// timers on a sleeping machine do), and on waking each runs out what was left of its delay.
import type { Clock, TimerHandle } from '../../app/ports';

export interface SimulatedClock extends Clock {
  suspend(): void;
  resume(): void;
}

export interface SimulatedClockOptions {
  start: Date;
  speed: number;
  /** The wall clock, in ms; replaceable in tests. */
  wallNow?: () => number;
}

interface Timer {
  fn: () => void;
  /** Wall ms still to wait; counted down while asleep is not. */
  leftMs: number;
  armedAt: number;
  handle: ReturnType<typeof setTimeout> | null;
}

// setTimeout overflows past ~24.8 days of wall time.
const maxDelayMs = 2 ** 31 - 1;

export function createSimulatedClock({ start, speed, wallNow = Date.now }: SimulatedClockOptions): SimulatedClock {
  if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`clock speed must be above 0, got ${speed}`);
  const wall0 = wallNow();
  const timers = new Set<Timer>();
  let asleep = false;

  function arm(timer: Timer): void {
    timer.armedAt = wallNow();
    timer.handle = setTimeout(
      () => {
        timers.delete(timer);
        timer.fn();
      },
      Math.min(maxDelayMs, timer.leftMs),
    );
  }

  return {
    now: () => new Date(start.getTime() + (wallNow() - wall0) * speed),
    schedule(ms, fn): TimerHandle {
      const timer: Timer = { fn, leftMs: Math.max(0, ms) / speed, armedAt: 0, handle: null };
      timers.add(timer);
      if (!asleep) arm(timer);
      return {
        cancel() {
          if (timer.handle !== null) clearTimeout(timer.handle);
          timers.delete(timer);
        },
      };
    },
    suspend() {
      if (asleep) return;
      asleep = true;
      for (const timer of timers) {
        if (timer.handle !== null) clearTimeout(timer.handle);
        timer.handle = null;
        timer.leftMs = Math.max(0, timer.leftMs - (wallNow() - timer.armedAt));
      }
    },
    resume() {
      if (!asleep) return;
      asleep = false;
      for (const timer of timers) arm(timer);
    },
  };
}
