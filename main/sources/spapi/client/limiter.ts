// Client-side rate limiting: one token bucket per operation, seeded from Amazon's defaults and
// corrected by the rate Amazon reports, so requests wait here instead of being throttled there.
import type { Clock } from '../../../app/ports';
import { sleepOn } from './clock-sleep';
import { defaultRateLimits, type OperationName, type RateLimit } from './rate-limits';
import { drained, fullBucket, reserve, withRate, type Bucket } from './token-bucket';

export interface Limiter {
  /** Resolves when a request of this operation may be sent without being throttled. */
  acquire(operation: OperationName, signal?: AbortSignal): Promise<void>;
  /** Amazon answered 429: its bucket is empty whatever ours says. */
  throttled(operation: OperationName): void;
  /** Amazon's `x-amzn-RateLimit-Limit` value for this operation. */
  observedRate(operation: OperationName, rate: number): void;
  rateOf(operation: OperationName): number;
}

export function createLimiter(clock: Clock, overrides: Partial<Record<OperationName, RateLimit>> = {}): Limiter {
  const limits = { ...defaultRateLimits, ...overrides };
  const buckets = new Map<OperationName, Bucket>();
  const bucketOf = (operation: OperationName) =>
    buckets.get(operation) ?? fullBucket(limits[operation], clock.now().getTime());

  return {
    async acquire(operation, signal) {
      const { bucket, waitMs } = reserve(bucketOf(operation), clock.now().getTime());
      buckets.set(operation, bucket);
      await sleepOn(clock, waitMs, signal);
    },
    throttled(operation) {
      buckets.set(operation, drained(bucketOf(operation), clock.now().getTime()));
    },
    observedRate(operation, rate) {
      if (rate !== bucketOf(operation).rate)
        buckets.set(operation, withRate(bucketOf(operation), rate, clock.now().getTime()));
    },
    rateOf: (operation) => bucketOf(operation).rate,
  };
}
