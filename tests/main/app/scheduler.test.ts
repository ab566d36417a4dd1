import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../main/app/scheduler';
import { createFakeClock } from '../../support/fake-clock';

const minute = 60_000;

function setup(results: boolean[] = [], pollMs = 0) {
  const clock = createFakeClock();
  const starts: number[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const scheduler = createScheduler({
    clock,
    random: () => 0.5,
    intervalMs: () => 30 * minute,
    minIntervalMs: minute,
    poll: async () => {
      starts.push(clock.now().getTime() - start);
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      if (pollMs > 0) await new Promise<void>((resolve) => clock.schedule(pollMs, resolve));
      concurrent--;
      return results.shift() ?? true;
    },
  });
  const start = clock.now().getTime();
  return { clock, scheduler, starts, maxConcurrent: () => maxConcurrent };
}

describe('scheduler', () => {
  it('polls at once on start, then every interval', async () => {
    const { clock, scheduler, starts } = setup();
    scheduler.start();
    await clock.advance(90 * minute);
    expect(starts).toEqual([0, 30, 60, 90].map((m) => m * minute));
  });

  it('backs off after failures, capped at the interval, and returns to the interval after a success', async () => {
    const { clock, scheduler, starts } = setup([false, false, false, true]);
    scheduler.start();
    await clock.advance(64 * minute);
    // retries after 30 s (raised to the source's 1-minute floor), 1 min, 2 min; then the interval
    expect(starts).toEqual([0, 1, 2, 4, 34, 64].map((m) => m * minute));
  });

  it('never runs two polls at once: a refresh during a poll joins it', async () => {
    const { clock, scheduler, starts, maxConcurrent } = setup([], 10_000);
    scheduler.start();
    await clock.advance(1_000);
    const joined = scheduler.runNow();
    const again = scheduler.runNow();
    expect(joined).toBe(again);
    await clock.advance(10_000);
    await joined;
    expect(starts).toEqual([0]);
    expect(maxConcurrent()).toBe(1);
  });

  it('polls immediately on request (wake, back online) and plans the next from then', async () => {
    const { clock, scheduler, starts } = setup();
    scheduler.start();
    await clock.advance(10 * minute);
    await scheduler.runNow();
    await clock.advance(35 * minute);
    expect(starts).toEqual([0, 10 * minute, 40 * minute]);
  });

  it('does nothing while paused and polls at once on resume', async () => {
    const { clock, scheduler, starts } = setup();
    scheduler.start();
    await clock.advance(minute);
    scheduler.pause();
    await clock.advance(120 * minute);
    expect(starts).toEqual([0]);
    expect(scheduler.nextRunAt).toBeNull();
    scheduler.resume();
    await clock.advance(0);
    expect(starts).toEqual([0, 121 * minute]);
  });

  it('stops: no timer left behind, waits for the poll in flight', async () => {
    const { clock, scheduler, starts } = setup([], 5_000);
    scheduler.start();
    await clock.advance(1);
    const stopped = scheduler.stop();
    await clock.advance(5_000);
    await stopped;
    await clock.advance(120 * minute);
    expect(starts).toEqual([0]);
    expect(clock.pending()).toBe(0);
  });
});
