// Bounded retries with exponential backoff and jitter, waiting on the injected clock.
import type { Clock } from '../../../app/ports';
import { sleepOn } from './clock-sleep';
import type { SpApiError } from './errors';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 60_000 };

/** A failure worth another try, no sooner than `minWaitMs` (e.g. one token's refill after a 429). */
export class RetryableFailure {
  constructor(
    readonly error: SpApiError,
    readonly minWaitMs = 0,
  ) {}
}

/** Full-ish jitter: between half and all of the exponential step, never below the floor. */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: number, floorMs = 0): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.ceil(Math.max(floorMs, step * (0.5 + random / 2)));
}

export interface RetryContext {
  clock: Clock;
  random: () => number;
  policy: RetryPolicy;
  signal?: AbortSignal;
  onRetry(error: SpApiError, waitMs: number, retry: number): void;
}

export async function withRetries<T>(attempt: () => Promise<T | RetryableFailure>, ctx: RetryContext): Promise<T> {
  for (let retry = 0; ; retry++) {
    const outcome = await attempt();
    if (!(outcome instanceof RetryableFailure)) return outcome;
    if (retry + 1 >= ctx.policy.maxAttempts) throw outcome.error;
    const waitMs = backoffDelayMs(retry, ctx.policy, ctx.random(), outcome.minWaitMs);
    ctx.onRetry(outcome.error, waitMs, retry + 1);
    await sleepOn(ctx.clock, waitMs, ctx.signal);
  }
}
