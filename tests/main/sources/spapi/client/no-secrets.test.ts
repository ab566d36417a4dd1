// Credentials never leak: across successes, retries and every kind of failure, no log line and
// no error message contains the client secret, the refresh token or any access token issued.
import { afterEach, describe, expect, it } from 'vitest';
import { fetchSellerPerformanceReport } from '../../../../../main/sources/spapi/client';
import type { FakeOperation, Fault } from '../../../../support/fake-spapi/faults';
import { startTestWorld, US, type TestWorld } from '../../../../support/fake-spapi/test-world';

let world: TestWorld;
afterEach(() => world.close());

const scenarios: [FakeOperation, Fault][] = [
  ['lwa', { kind: 'invalid-grant' }],
  ['lwa', { kind: 'invalid-client' }],
  ['lwa', { kind: 'status', status: 500 }],
  ['getReports', { kind: 'expired-token' }],
  ['getReports', { kind: 'forbidden' }],
  ['getReports', { kind: 'status', status: 429 }],
  ['getReports', { kind: 'status', status: 503 }],
  ['getReports', { kind: 'drop' }],
  ['createReport', { kind: 'report-ends', status: 'FATAL' }],
  ['downloadDocument', { kind: 'expired-url' }],
  ['downloadDocument', { kind: 'corrupt-gzip' }],
  ['downloadDocument', { kind: 'malformed-json' }],
];

describe('credentials in logs and errors', () => {
  it('appear in no log line and no error message, whatever happens', async () => {
    world = await startTestWorld({ client: { retry: { maxAttempts: 2 } } });
    const said: string[] = [];
    for (const [operation, fault] of scenarios) {
      world.server.inject(operation, fault);
      try {
        // maxAge 0: every round requests a new report, so each fault meets its operation.
        await world.run(fetchSellerPerformanceReport(world.client, { marketplaceIds: [US], maxAgeMs: 0 }));
      } catch (error) {
        said.push(String(error), (error as Error).stack ?? '', JSON.stringify(error));
      }
    }
    said.push(...world.logs.map((line) => JSON.stringify(line)));
    const issued = world.server.requests().flatMap((r) => (r.accessToken ? [r.accessToken] : []));
    const secrets = [world.seller.clientSecret, world.seller.refreshToken, ...new Set(issued)];
    expect(issued.length).toBeGreaterThan(0);
    expect(said.length).toBeGreaterThan(scenarios.length);
    for (const secret of secrets) expect(said.filter((text) => text.includes(secret))).toEqual([]);
  });
});
