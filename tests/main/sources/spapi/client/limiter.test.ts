// The client's rate limiter: requests within the burst go at once, and a 429 empties the bucket
// whatever it held, so the next request of that operation waits for a refill.
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../../../main/sources/spapi/client/limiter';
import { drained, fullBucket } from '../../../../../main/sources/spapi/client/token-bucket';
import { createFakeClock } from '../../../../support/fake-clock';

function setup() {
  const clock = createFakeClock();
  const limiter = createLimiter(clock, { getReport: { rate: 1, burst: 5 } });
  const acquired = (): (() => boolean) => {
    let done = false;
    void limiter.acquire('getReport').then(() => {
      done = true;
    });
    return () => done;
  };
  return { clock, limiter, acquired };
}

describe('the rate limiter', () => {
  it('lets requests within the burst go at once', async () => {
    const { clock, acquired } = setup();
    const first = acquired();
    const second = acquired();
    await clock.advance(0);
    expect([first(), second()]).toEqual([true, true]);
  });

  it('makes the next request wait a full refill after a 429, though its own bucket still held tokens', async () => {
    const { clock, limiter, acquired } = setup();
    await limiter.acquire('getReport');
    limiter.throttled('getReport');
    const next = acquired();
    await clock.advance(999);
    expect(next()).toBe(false);
    await clock.advance(1);
    expect(next()).toBe(true);
  });

  it('drains only the operation Amazon throttled', async () => {
    const { clock, limiter } = setup();
    limiter.throttled('getReports');
    let done = false;
    void limiter.acquire('getReport').then(() => {
      done = true;
    });
    await clock.advance(0);
    expect(done).toBe(true);
  });
});

describe('drained', () => {
  it('empties a bucket, and leaves one already owing as it is', () => {
    const full = fullBucket({ rate: 1, burst: 5 }, 0);
    expect(drained(full, 0).tokens).toBe(0);
    expect(drained({ ...full, tokens: -2 }, 0).tokens).toBe(-2);
  });
});
