// Runs one source's polls on a schedule: at once on start, then every interval counted from the
// start of the previous poll (jittered earlier, never later: see next-delay), backing off after
// failures, immediately on request (refresh, wake, back online), and never
// two at once: a request during a poll joins the poll in flight.
import { nextDelayMs } from '../core/schedule/next-delay';
import type { Clock, TimerHandle } from './ports';

export interface SchedulerOptions {
  clock: Clock;
  random: () => number;
  intervalMs: () => number;
  minIntervalMs: number;
  /** One poll; resolves true on success. Must not reject (failures are its own business). */
  poll: () => Promise<boolean>;
  /** Told whenever the next planned run changes. */
  onPlanned?: (at: Date | null) => void;
}

export interface Scheduler {
  start(): void;
  stop(): Promise<void>;
  /** Polls now, or joins the poll already running. */
  runNow(): Promise<void>;
  pause(): void;
  resume(): void;
  /** Re-plans the next run after the interval changed. */
  reschedule(): void;
  readonly running: boolean;
  readonly nextRunAt: Date | null;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { clock } = options;
  let timer: TimerHandle | null = null;
  let nextRunAt: Date | null = null;
  let inFlight: Promise<void> | null = null;
  let failures = 0;
  let active = false;
  let paused = false;
  let lastStartedAt: number | null = null;
  let lastFinishedAt: number | null = null;

  function plan(delayMs: number): void {
    timer?.cancel();
    timer = null;
    nextRunAt = null;
    if (active && !paused) {
      nextRunAt = new Date(clock.now().getTime() + delayMs);
      timer = clock.schedule(delayMs, () => void runNow());
    }
    options.onPlanned?.(nextRunAt);
  }

  /**
   * What is left to wait now: a healthy source counts from its last poll's start, a failing one from
   * its end, and one that has not polled yet waits for nothing.
   */
  function delayAfterRun(): number {
    const delay = nextDelayMs({
      intervalMs: options.intervalMs(),
      minIntervalMs: options.minIntervalMs,
      consecutiveFailures: failures,
      random: options.random(),
    });
    const from = failures > 0 ? lastFinishedAt : lastStartedAt;
    return from === null ? 0 : Math.max(0, from + delay - clock.now().getTime());
  }

  function runNow(): Promise<void> {
    if (inFlight) return inFlight;
    timer?.cancel();
    timer = null;
    lastStartedAt = clock.now().getTime();
    inFlight = (async () => {
      const ok = await options.poll();
      failures = ok ? 0 : failures + 1;
      lastFinishedAt = clock.now().getTime();
    })().finally(() => {
      inFlight = null;
      plan(delayAfterRun());
    });
    return inFlight;
  }

  return {
    start() {
      if (active) return;
      active = true;
      plan(0);
    },
    async stop() {
      active = false;
      plan(0);
      await inFlight;
    },
    runNow,
    pause() {
      paused = true;
      plan(0);
    },
    resume() {
      if (!paused) return;
      paused = false;
      if (!inFlight) plan(0);
    },
    reschedule() {
      if (inFlight || !active || paused) return;
      plan(delayAfterRun());
    },
    get running() {
      return inFlight !== null;
    },
    get nextRunAt() {
      return nextRunAt;
    },
  };
}
