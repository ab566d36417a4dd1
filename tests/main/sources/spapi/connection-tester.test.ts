// "Test connection" against the fake SP-API: a working account answers with its marketplaces,
// and each way Amazon can refuse becomes the kind the seller's message is chosen by.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionTester } from '../../../../main/app/ports';
import type { AccountSecrets } from '../../../../main/core/accounts/secret-names';
import { createConnectionTester } from '../../../../main/sources/spapi/connection-tester';
import type { FakeOperation, Fault } from '../../../support/fake-spapi/faults';
import {
  accountConfigFor,
  CA,
  capturingLogger,
  startTestWorld,
  US,
  type TestWorld,
} from '../../../support/fake-spapi/test-world';
import type { AccountConfig } from '../../../../main/core/accounts/account-config';
import { translatorFor } from '../../../../main/core/i18n/catalogues';

let world: TestWorld;
afterEach(() => world.close());

let config: AccountConfig;
let secrets: AccountSecrets;
let tester: ConnectionTester;

async function start(): Promise<void> {
  world = await startTestWorld();
  const { seller, clock } = world;
  config = accountConfigFor(world, { marketplaceIds: [US] });
  secrets = { clientSecret: seller.clientSecret, refreshToken: seller.refreshToken };
  tester = createConnectionTester({
    clock,
    logger: capturingLogger(world.logs),
    appVersion: '0.1.0',
    fetch: clock.fetch,
    translator: () => translatorFor('en'),
  });
}

describe('createConnectionTester', () => {
  it("answers with the seller's store name and marketplaces after checking the reports role", async () => {
    await start();
    const probe = await world.run(tester(config, secrets));
    expect(probe).toEqual({
      ok: true,
      sellerName: 'Fake Store',
      marketplaces: [
        { id: US, participating: true },
        { id: CA, participating: true },
      ],
    });
    const stats = world.server.stats();
    expect([
      stats.lwa.calls,
      stats.getMarketplaceParticipations.calls,
      stats.getReports.calls,
      stats.createReport.calls,
    ]).toEqual([1, 1, 1, 0]);
  });

  const faults: [string, FakeOperation, Fault[], string][] = [
    ['a revoked refresh token', 'lwa', [{ kind: 'invalid-grant' }], 'refresh-token'],
    ['wrong client credentials', 'lwa', [{ kind: 'invalid-client' }], 'client-credentials'],
    ['no access to the seller', 'getMarketplaceParticipations', [{ kind: 'forbidden' }], 'missing-role'],
    ['no Selling Partner Insights role', 'getReports', [{ kind: 'forbidden' }], 'missing-role'],
    ['throttling', 'getMarketplaceParticipations', [{ kind: 'status', status: 429 }], 'throttled'],
    ['a dropped connection', 'getReports', [{ kind: 'drop' }], 'unreachable'],
  ];
  it.each(faults)('maps %s to "%s"', async (_what, operation, queued, kind) => {
    await start();
    world.server.inject(operation, ...queued);
    expect(await world.run(tester(config, secrets))).toEqual({ ok: false, kind });
  });

  it('answers at once instead of retrying, so the seller is not kept waiting', async () => {
    await start();
    world.server.inject('getReports', { kind: 'status', status: 503 });
    const started = world.clock.now().getTime();
    const probe = await world.run(tester(config, secrets));
    expect(probe).toMatchObject({ ok: false, kind: 'unexpected', detail: expect.stringMatching(/temporary problem/) });
    expect(world.server.stats().getReports.calls).toBe(1);
    expect(world.clock.now().getTime()).toBe(started);
  });

  it('says "unreachable" when nothing listens at the endpoint', async () => {
    await start();
    const closed = `http://127.0.0.1:${await closedPort()}`;
    const probe = await world.run(
      tester({ ...config, endpoint: closed, tokenEndpoint: `${closed}/auth/o2/token` }, secrets),
    );
    expect(probe).toEqual({ ok: false, kind: 'unreachable' });
  });
});

/** A loopback port that was just free: nothing listens there. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
