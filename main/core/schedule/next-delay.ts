// When a source is polled next. Pure: the scheduler feeds it the interval, the source's own
// minimum, how many polls failed in a row and a random number, and sleeps for the answer.
//
// The promise: no account's snapshot is older than its interval plus 10 %. So a healthy source's
// next poll is counted from the *start* of its previous one (a slow poll does not push the next
// one later) and jitter only ever brings it forward: start to start is between 90 % and 100 % of
// the interval, and a snapshot's age stays under the interval plus the difference between two
// polls' durations. After a failure there is no fresh snapshot to keep young: retries back off
// from the end of the failed poll, up to the interval.

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

/** After a success: ms from the start of that poll. After failures: ms from the end of the last one. */
export function nextDelayMs({ intervalMs, minIntervalMs, consecutiveFailures, random }: DelayInput): number {
  const interval = Math.max(intervalMs, minIntervalMs);
  const delay =
    consecutiveFailures > 0
      ? Math.min(
          scheduleRules.firstRetryMs *
            2 ** (consecutiveFailures - 1) *
            (1 + scheduleRules.jitterRatio * (random * 2 - 1)),
          interval,
        )
      : interval * (1 - scheduleRules.jitterRatio * random);
  return Math.round(Math.max(minIntervalMs, delay));
}
