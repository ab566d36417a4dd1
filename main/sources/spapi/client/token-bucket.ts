// A token bucket as plain data and pure functions, so the client's limiter and the fake
// server's enforcement follow the same arithmetic on whatever clock they are given.
import type { RateLimit } from './rate-limits';

export interface Bucket {
  rate: number;
  burst: number;
  /** May go below zero: requests already promised a slot wait for the refill. */
  tokens: number;
  at: number;
}

export function fullBucket(limit: RateLimit, nowMs: number): Bucket {
  return { ...limit, tokens: limit.burst, at: nowMs };
}

function refilled(bucket: Bucket, nowMs: number): Bucket {
  const elapsed = Math.max(0, nowMs - bucket.at) / 1000;
  return {
    ...bucket,
    tokens: Math.min(bucket.burst, bucket.tokens + elapsed * bucket.rate),
    at: Math.max(bucket.at, nowMs),
  };
}

/** Reserves one request: the next bucket and how long (ms) to wait before sending it. */
export function reserve(bucket: Bucket, nowMs: number): { bucket: Bucket; waitMs: number } {
  const next = refilled(bucket, nowMs);
  next.tokens -= 1;
  // Rounded up so the request never lands a fraction of a millisecond before its token exists.
  const waitMs = next.tokens >= 0 ? 0 : Math.ceil((-next.tokens / next.rate) * 1000);
  return { bucket: next, waitMs };
}

/** Takes one token if there is one now (the server side): `allowed` false means throttle. */
export function take(bucket: Bucket, nowMs: number): { bucket: Bucket; allowed: boolean } {
  const next = refilled(bucket, nowMs);
  // A millionth of a token of slack absorbs floating-point error, not real overuse.
  if (next.tokens < 1 - 1e-6) return { bucket: next, allowed: false };
  return { bucket: { ...next, tokens: next.tokens - 1 }, allowed: true };
}

/** The server said the bucket is empty: believe it, so the next request waits a full refill. */
export function drained(bucket: Bucket, nowMs: number): Bucket {
  const next = refilled(bucket, nowMs);
  return { ...next, tokens: Math.min(next.tokens, 0) };
}

/** The rate the server reported (x-amzn-RateLimit-Limit); the burst is not reported, so it stays. */
export function withRate(bucket: Bucket, rate: number, nowMs: number): Bucket {
  return { ...refilled(bucket, nowMs), rate };
}
