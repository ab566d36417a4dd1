// The Seller Performance report end to end against the fake SP-API: reuse or request, wait,
// download (gzip or plain, fresh link if expired), parse — and each way it can go wrong.
import { afterEach, describe, expect, it } from 'vitest';
import { fetchSellerPerformanceReport } from '../../../../../main/sources/spapi/client';
import { CA, DE, fixture, startTestWorld, US, type TestWorld } from '../../../../support/fake-spapi/test-world';

let world: TestWorld;
afterEach(() => world.close());

const hourMs = 3_600_000;
const fetchReport = (marketplaceIds = [US, CA]) =>
  fetchSellerPerformanceReport(world.client, { marketplaceIds, maxAgeMs: hourMs });

describe('fetchSellerPerformanceReport', () => {
  it("requests a report, waits until it is DONE, and returns Amazon's gzipped official example parsed", async () => {
    world = await startTestWorld({ server: { reportProcessingMs: 100_000 } });
    const result = await world.run(fetchReport());
    expect(result).toMatchObject({ status: 'done', reused: false });
    if (result.status !== 'done') return;
    expect(result.document).toEqual(fixture('official-example'));
    expect(JSON.parse(result.rawText)).toEqual(fixture('official-example'));
    const stats = world.server.stats();
    expect(stats.createReport.calls).toBe(1);
    // 15 s, 30 s, 60 s: still processing at 45 s, done by 105 s.
    expect(stats.getReport.calls).toBe(3);
    expect(stats.getReportDocument.calls).toBe(1);
  });

  it('reuses a DONE report for the same marketplaces created within maxAge', async () => {
    world = await startTestWorld();
    const seeded = world.server.seedReport(world.seller.sellerId, {
      marketplaceIds: [CA, US],
      createdAt: new Date(world.clock.now().getTime() - 50 * 60_000),
    });
    const result = await world.run(fetchReport());
    expect(result).toMatchObject({ status: 'done', reused: true, reportId: seeded });
    expect(world.server.stats().createReport.calls).toBe(0);
  });

  it('does not reuse a report that is too old or covers other marketplaces', async () => {
    world = await startTestWorld();
    const now = world.clock.now().getTime();
    world.server.seedReport(world.seller.sellerId, { marketplaceIds: [US, CA], createdAt: new Date(now - 2 * hourMs) });
    world.server.seedReport(world.seller.sellerId, { marketplaceIds: [US], createdAt: new Date(now - 10 * 60_000) });
    const result = await world.run(fetchReport());
    expect(result).toMatchObject({ status: 'done', reused: false });
    expect(world.server.stats().createReport.calls).toBe(1);
  });

  it('serves a plain (uncompressed) document that drifts from the schema as real reports do', async () => {
    world = await startTestWorld({
      seller: { marketplaceIds: [DE], document: { content: fixture('drifted-report'), compression: 'none' } },
    });
    const result = await world.run(fetchReport([DE]));
    expect(result.status === 'done' && result.document).toEqual(fixture('drifted-report'));
  });

  it('returns "cancelled", not an error, when Amazon had no data', async () => {
    world = await startTestWorld();
    world.server.inject('createReport', { kind: 'report-ends', status: 'CANCELLED' });
    const result = await world.run(fetchReport());
    expect(result).toEqual({ status: 'cancelled', reportId: expect.any(String) });
    expect(world.server.stats().getReportDocument.calls).toBe(0);
  });

  it('fails in plain words when Amazon could not produce the report (FATAL)', async () => {
    world = await startTestWorld();
    world.server.inject('createReport', { kind: 'report-ends', status: 'FATAL' });
    const error = await world.failure(fetchReport());
    expect(error).toMatchObject({ kind: 'server' });
    expect((error as Error).message).toMatch(/failed to produce the account health report \(status FATAL\)/);
  });

  it('gives up with "timeout" when the report is not ready within the deadline', async () => {
    world = await startTestWorld({ server: { reportProcessingMs: 30 * 60_000 } });
    const started = world.clock.now().getTime();
    const error = await world.failure(fetchReport());
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as Error).message).toMatch(/not finished the account health report after 10 minutes/);
    expect(world.clock.now().getTime() - started).toBeLessThanOrEqual(10 * 60_000);
  });

  it('asks for a fresh link once when the download link expired', async () => {
    world = await startTestWorld();
    world.server.inject('downloadDocument', { kind: 'expired-url' });
    const result = await world.run(fetchReport());
    expect(result.status).toBe('done');
    expect(world.server.stats().getReportDocument.calls).toBe(2);
    expect(world.server.stats().downloadDocument.calls).toBe(2);
  });

  it('reports a damaged gzip file as "bad-response" in plain words', async () => {
    world = await startTestWorld();
    world.server.inject('downloadDocument', { kind: 'corrupt-gzip' });
    const error = await world.failure(fetchReport());
    expect(error).toMatchObject({ kind: 'bad-response' });
    expect((error as Error).message).toMatch(/arrived damaged \(it is not valid gzip\)/);
  });

  it.each(['GZIP', 'none'] as const)('reports malformed JSON (%s) as "bad-response"', async (compression) => {
    world = await startTestWorld({ seller: { document: { content: fixture('sparse-report'), compression } } });
    world.server.inject('downloadDocument', { kind: 'malformed-json' });
    const error = await world.failure(fetchReport());
    expect(error).toMatchObject({ kind: 'bad-response' });
    expect((error as Error).message).toMatch(/not valid JSON/);
  });
});
