import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../main/app/scheduler';
import { createFakeClock } from '../../support/fake-clock';

const minute = 60_000;

/** `random` 0 draws no jitter: a healthy source waits the full interval. */
function setup(results: boolean[] = [], pollMs: number | (() => number) = 0, random = 0) {
  const clock = createFakeClock();
  const starts: number[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const scheduler = createScheduler({
    clock,
    random: () => random,
    intervalMs: () => 30 * minute,
    minIntervalMs: minute,
    poll: async () => {
      starts.push(clock.now().getTime() - start);
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      const took = typeof pollMs === 'number' ? pollMs : pollMs();
      if (took > 0) await new Promise<void>((resolve) => clock.schedule(took, resolve));
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
    const { clock, scheduler, starts } = setup([false, false, false, true], 0, 0.5);
    scheduler.start();
    await clock.advance(61 * minute);
    // retries after 30 s (raised to the source's 1-minute floor), 1 min, 2 min; then the interval,
    // jittered earlier by half of 10 % (random 0.5)
    expect(starts).toEqual([0, 1, 2, 4, 32.5, 61].map((m) => m * minute));
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

  it('counts the interval from the start of the previous poll, so a slow poll does not push the next one later', async () => {
    const { clock, scheduler, starts } = setup([], 2 * minute);
    scheduler.start();
    await clock.advance(90 * minute);
    expect(starts).toEqual([0, 30, 60, 90].map((m) => m * minute));
  });

  it('jitters only earlier: start to start is between 90 % and 100 % of the interval', async () => {
    for (const [random, gap] of [
      [0, 30],
      [0.5, 28.5],
      [0.999_999, 27],
    ] as const) {
      const { clock, scheduler, starts } = setup([], minute, random);
      scheduler.start();
      await clock.advance(61 * minute);
      expect(starts[1]! / minute).toBeCloseTo(gap, 3);
      expect(starts[2]! - starts[1]!).toBe(starts[1]);
    }
  });

  it('starts the next poll as soon as one that outlasted the interval ends', async () => {
    const { clock, scheduler, starts } = setup([], 40 * minute);
    scheduler.start();
    await clock.advance(80 * minute);
    expect(starts).toEqual([0, 40 * minute, 80 * minute]);
  });

  it('keeps the promise: with polls of 5 s to 2 min, no snapshot is older than the interval plus 10 %', async () => {
    const durations = [5_000, 2 * minute, 5_000, 5_000, 2 * minute, 2 * minute];
    for (const random of [0, 0.5, 0.999_999]) {
      let turn = 0;
      const { clock, scheduler, starts } = setup([], () => durations[turn++ % durations.length]!, random);
      scheduler.start();
      await clock.advance(24 * 60 * minute);
      const arrivals = starts.map((start, i) => start + durations[i % durations.length]!);
      const gaps = arrivals.slice(1).map((at, i) => at - arrivals[i]!);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(33 * minute);
      // The worst case: the interval, plus a slow poll after a fast one.
      if (random === 0) expect(Math.max(...gaps)).toBe(30 * minute + 2 * minute - 5_000);
    }
  });

  it('re-plans from the last start when the interval changes', async () => {
    const clock = createFakeClock();
    const starts: number[] = [];
    let interval = 30 * minute;
    const scheduler = createScheduler({
      clock,
      random: () => 0,
      intervalMs: () => interval,
      minIntervalMs: 0,
      poll: async () => {
        starts.push(clock.now().getTime());
        return true;
      },
    });
    const t0 = clock.now().getTime();
    scheduler.start();
    await clock.advance(10 * minute);
    interval = 15 * minute;
    scheduler.reschedule();
    expect(scheduler.nextRunAt?.getTime()).toBe(t0 + 15 * minute);
    interval = 5 * minute;
    scheduler.reschedule();
    await clock.advance(0);
    expect(starts).toEqual([t0, t0 + 10 * minute]);
  });
  it('counts a failing source’s retry from the end of the failed poll', async () => {
    const { clock, scheduler, starts } = setup([false], 2 * minute);
    scheduler.start();
    await clock.advance(3 * minute);
    // the first retry waits 30 s, raised to the 1-minute floor, after the 2-minute poll ended
    expect(starts).toEqual([0, 3 * minute]);
  });

  it('polls once when started twice, and keeps its plan when started again later', async () => {
    const { clock, scheduler, starts } = setup();
    scheduler.start();
    scheduler.start();
    await clock.advance(minute);
    expect(starts).toEqual([0]);
    expect(clock.pending()).toBe(1);
    scheduler.start();
    await clock.advance(29 * minute);
    expect(starts).toEqual([0, 30 * minute]);
  });

  it('polls on request while paused, and plans nothing after', async () => {
    const { clock, scheduler, starts } = setup();
    scheduler.start();
    await clock.advance(minute);
    scheduler.pause();
    await scheduler.runNow();
    expect(starts).toEqual([0, minute]);
    expect(scheduler.nextRunAt).toBeNull();
  });

  it('says it is running only while a poll is in flight', async () => {
    const { clock, scheduler } = setup([], 5_000);
    expect(scheduler.running).toBe(false);
    scheduler.start();
    await clock.advance(1);
    expect(scheduler.running).toBe(true);
    await clock.advance(5_000);
    expect(scheduler.running).toBe(false);
  });

  it('leaves the plan alone on a resume that follows no pause', async () => {
    const { clock, scheduler, starts } = setup();
    scheduler.start();
    await clock.advance(minute);
    const planned = scheduler.nextRunAt;
    scheduler.resume();
    await clock.advance(0);
    expect(starts).toEqual([0]);
    expect(scheduler.nextRunAt).toEqual(planned);
  });

  it('plans nothing on a resume during a poll; the poll plans the next when it ends', async () => {
    const { clock, scheduler, starts } = setup([], 5_000);
    scheduler.start();
    await clock.advance(1);
    scheduler.pause();
    expect(scheduler.running).toBe(true);
    scheduler.resume();
    expect(scheduler.nextRunAt).toBeNull();
    await clock.advance(5_000);
    expect(scheduler.nextRunAt?.getTime()).toBe(clock.now().getTime() - 5_001 + 30 * minute);
    expect(starts).toEqual([0]);
  });
});

describe('scheduler.reschedule', () => {
  function withInterval(pollMs = 0) {
    const { clock, scheduler, starts } = setup([], pollMs);
    return { clock, scheduler, starts };
  }

  it('keeps the first poll at once when the interval changes before it ran', async () => {
    const { clock, scheduler, starts } = withInterval();
    scheduler.start();
    scheduler.reschedule();
    expect(scheduler.nextRunAt).toEqual(clock.now());
    await clock.advance(0);
    expect(starts).toEqual([0]);
  });

  it('plans nothing before start, and nothing while paused', async () => {
    const { clock, scheduler, starts } = withInterval();
    scheduler.reschedule();
    expect(scheduler.nextRunAt).toBeNull();
    expect(clock.pending()).toBe(0);
    scheduler.start();
    await clock.advance(minute);
    scheduler.pause();
    scheduler.reschedule();
    expect(scheduler.nextRunAt).toBeNull();
    await clock.advance(120 * minute);
    expect(starts).toEqual([0]);
  });

  it('leaves a poll in flight alone: the next is planned when it ends, from its start', async () => {
    const { clock, scheduler, starts } = withInterval(2 * minute);
    scheduler.start();
    await clock.advance(minute);
    const before = scheduler.nextRunAt;
    scheduler.reschedule();
    expect(scheduler.nextRunAt).toEqual(before);
    await clock.advance(minute);
    expect(scheduler.nextRunAt?.getTime()).toBe(clock.now().getTime() - 2 * minute + 30 * minute);
    await clock.advance(60 * minute);
    expect(starts).toEqual([0, 30 * minute, 60 * minute]);
  });
});
