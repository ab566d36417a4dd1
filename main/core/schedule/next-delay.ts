// When a source is polled next. Pure: the scheduler feeds it the interval, the source's own
// minimum, how many polls failed in a row and a random number, and sleeps for the answer.

export interface DelayInput {
  intervalMs: number;
  /** The source's floor (API quotas); nothing, not even a retry, polls sooner than this. */
  minIntervalMs: number;
  consecutiveFailures: number;
  /** In [0, 1): spreads polls so many installs (and many sources) don't hit a server together. */
  random: number;
}

export const scheduleRules = {
  jitterRatio: 0.1,
  firstRetryMs: 30_000,
} as const;

export function nextDelayMs({ intervalMs, minIntervalMs, consecutiveFailures, random }: DelayInput): number {
  const interval = Math.max(intervalMs, minIntervalMs);
  const base =
    consecutiveFailures > 0
      ? Math.min(scheduleRules.firstRetryMs * 2 ** (consecutiveFailures - 1), interval)
      : interval;
  const jittered = base * (1 + scheduleRules.jitterRatio * (random * 2 - 1));
  return Math.round(Math.max(minIntervalMs, Math.min(jittered, interval * (1 + scheduleRules.jitterRatio))));
}
