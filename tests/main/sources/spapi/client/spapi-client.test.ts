// Every SP-API call: headers Amazon requires, waiting for the rate limit instead of being
// throttled, bounded retries for what is temporary, and a plain-words SpApiError for the rest.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createReport,
  getMarketplaceParticipations,
  getReports,
  searchListingsItems,
} from '../../../../../main/sources/spapi/client/operations';
import { startTestWorld, US, type TestWorld } from '../../../../support/fake-spapi/test-world';

let world: TestWorld;
afterEach(() => world.close());

const getPerformanceReports = () => getReports(world.client, { reportTypes: ['GET_V2_SELLER_PERFORMANCE_REPORT'] });

describe('an SP-API call', () => {
  it('carries the access token and a Flagwatch user-agent', async () => {
    world = await startTestWorld();
    await world.run(getMarketplaceParticipations(world.client));
    const call = world.server.requests().find((r) => r.operation === 'getMarketplaceParticipations')!;
    expect(call.accessToken).toMatch(/^Atza\|/);
    expect(call.userAgent).toBe('Flagwatch/0.1.0 (Language=TypeScript)');
  });

  it('waits for the rate limit instead of being throttled when calls burst', async () => {
    world = await startTestWorld();
    const started = world.clock.now().getTime();
    for (let i = 0; i < 14; i++) await world.run(getPerformanceReports());
    const elapsedS = (world.clock.now().getTime() - started) / 1000;
    expect(world.server.stats().getReports).toEqual({ calls: 14, throttled: 0 });
    // Burst 10, then one per 45 s: the 14th call goes out 4 refills after the start.
    expect(elapsedS).toBeGreaterThanOrEqual(4 / 0.0222 - 1);
    expect(elapsedS).toBeLessThan(5 / 0.0222);
  });

  it('adopts the rate Amazon reports in x-amzn-RateLimit-Limit', async () => {
    world = await startTestWorld({ server: { rateLimits: { searchListingsItems: { rate: 1, burst: 5 } } } });
    const search = () => searchListingsItems(world.client, { sellerId: world.seller.sellerId, marketplaceIds: [US] });
    for (let i = 0; i < 12; i++) await world.run(search());
    expect(world.server.stats().searchListingsItems).toEqual({ calls: 12, throttled: 0 });
  });

  it.each([true, false])(
    'retries a 429 (rate header sent: %s) after at least one refill, then succeeds',
    async (rateHeader) => {
      world = await startTestWorld();
      world.server.inject(
        'getReports',
        { kind: 'status', status: 429, rateHeader },
        { kind: 'status', status: 429, rateHeader },
      );
      const started = world.clock.now().getTime();
      const { reports } = await world.run(getPerformanceReports());
      expect(reports).toEqual([]);
      expect(world.server.stats().getReports).toEqual({ calls: 3, throttled: 2 });
      expect(world.clock.now().getTime() - started).toBeGreaterThanOrEqual(2 * Math.ceil(1000 / 0.0222));
    },
  );

  it('takes a 429 as an empty bucket: the next call waits for a refill, though few calls were made', async () => {
    world = await startTestWorld();
    world.server.inject('getReports', { kind: 'status', status: 429, rateHeader: false });
    await world.run(getPerformanceReports());
    const started = world.clock.now().getTime();
    await world.run(getPerformanceReports());
    expect(world.clock.now().getTime() - started).toBeGreaterThanOrEqual(Math.floor(1000 / 0.0222));
    expect(world.server.stats().getReports).toEqual({ calls: 3, throttled: 1 });
  });

  it('gives up on 429s after its bounded retries with a "throttled" error', async () => {
    world = await startTestWorld({ client: { retry: { maxAttempts: 3 } } });
    world.server.inject(
      'getMarketplaceParticipations',
      ...Array.from({ length: 3 }, () => ({ kind: 'status', status: 429 }) as const),
    );
    const error = await world.failure(getMarketplaceParticipations(world.client));
    expect(error).toMatchObject({ kind: 'throttled', status: 429 });
    expect(world.server.stats().getMarketplaceParticipations.calls).toBe(3);
  });

  it.each([500, 503] as const)('retries a %i and succeeds', async (status) => {
    world = await startTestWorld();
    world.server.inject('getMarketplaceParticipations', { kind: 'status', status });
    await world.run(getMarketplaceParticipations(world.client));
    expect(world.server.stats().getMarketplaceParticipations.calls).toBe(2);
    expect(world.logs.some((l) => l.level === 'warn' && l.fields?.status === status)).toBe(true);
  });

  it('reports a lasting server failure as "server" after its retries', async () => {
    world = await startTestWorld({ client: { retry: { maxAttempts: 2 } } });
    world.server.inject(
      'getMarketplaceParticipations',
      { kind: 'status', status: 503 },
      { kind: 'status', status: 503 },
    );
    expect(await world.failure(getMarketplaceParticipations(world.client))).toMatchObject({
      kind: 'server',
      status: 503,
    });
  });

  it('retries a dropped connection', async () => {
    world = await startTestWorld();
    world.server.inject('getMarketplaceParticipations', { kind: 'drop' });
    await world.run(getMarketplaceParticipations(world.client));
    expect(world.server.stats().getMarketplaceParticipations.calls).toBe(2);
  });

  it('fails with "timeout" when Amazon answers slower than the request timeout', async () => {
    world = await startTestWorld({ client: { requestTimeoutMs: 100, retry: { maxAttempts: 2 } } });
    world.server.inject('getMarketplaceParticipations', { kind: 'delay', ms: 400 }, { kind: 'delay', ms: 400 });
    const error = await world.failure(getMarketplaceParticipations(world.client));
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as Error).message).toMatch(/did not answer in time/);
  });

  it('fails with "unreachable" when nothing listens', async () => {
    world = await startTestWorld({ client: { baseUrl: 'http://127.0.0.1:9', retry: { maxAttempts: 2 } } });
    const error = await world.failure(getPerformanceReports());
    expect(error).toMatchObject({ kind: 'unreachable' });
    expect((error as Error).message).toMatch(/could not be reached/);
  });

  it('reports a missing role as "forbidden" without retrying', async () => {
    world = await startTestWorld();
    world.server.inject('getReports', { kind: 'forbidden' });
    const error = await world.failure(getPerformanceReports());
    expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
    expect((error as Error).message).toMatch(/lacks the role/);
    expect(world.server.stats().getReports.calls).toBe(1);
  });

  it("quotes Amazon's reason for a malformed request", async () => {
    world = await startTestWorld();
    const tooMany = Array.from({ length: 26 }, () => US);
    const error = await world.failure(
      createReport(world.client, { reportType: 'GET_V2_SELLER_PERFORMANCE_REPORT', marketplaceIds: tooMany }),
    );
    expect(error).toMatchObject({ kind: 'bad-request', status: 400 });
    expect((error as Error).message).toMatch(/InvalidInput: marketplaceIds must list 1 to 25/);
    const badType = await world.failure(
      createReport(world.client, { reportType: 'GET_EVERYTHING', marketplaceIds: [US] }),
    );
    expect((badType as Error).message).toMatch(/Invalid reportType/);
  });
});
