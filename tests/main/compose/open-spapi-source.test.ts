// SP-API sources opened on a real data folder: each account remembers its last report in its own
// file, so a restart keeps deadlines; the environment account opens under the id "env".
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Snapshot } from '../../../main/core/schema';
import { memorySecrets } from '../../../main/adapters/secrets/memory-secrets';
import { EnvironmentAccountError } from '../../../main/sources/spapi/env-account';
import { openEnvironmentSpApiSource, openSpApiSource } from '../../../main/compose/open-spapi-source';
import {
  accountConfigFor,
  capturingLogger,
  startTestWorld,
  storedSecretsFor,
  US,
  type TestWorld,
} from '../../support/fake-spapi/test-world';
import { translatorFor } from '../../../main/core/i18n/catalogues';

let dataDir: string;
let world: TestWorld;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-spapi-'));
  world = await startTestWorld();
});
afterEach(async () => {
  await world.close();
  await rm(dataDir, { recursive: true, force: true });
});

function open() {
  const { clock } = world;
  const config = accountConfigFor(world, { id: 'spapi-7f3a', marketplaceIds: [US] });
  const secrets = memorySecrets(storedSecretsFor(world, config.id));
  return openSpApiSource(
    { dataDir, StoreClass: Conf },
    {
      config,
      secrets,
      clock,
      logger: capturingLogger(world.logs),
      appVersion: '0.1.0',
      fetch: clock.fetch,
      translator: translatorFor('en'),
    },
  );
}

const atRiskDeadline = (snapshot: Snapshot) => snapshot.notifications.find((n) => n.key === 'status:AT_RISK')?.deadline;

describe('openSpApiSource', () => {
  it("keeps the account's memory in its own file, so a restart keeps the AT_RISK deadline", async () => {
    const first = await world.run(open().poll());
    expect(await readdir(dataDir)).toContain('spapi-state-spapi-7f3a.json');

    await world.run(new Promise<void>((resolve) => world.clock.schedule(26 * 3_600_000, resolve)));
    const restarted = await world.run(open().poll());
    expect(atRiskDeadline(restarted)).toBe(atRiskDeadline(first));
    expect(atRiskDeadline(first)).toBeDefined();
  });

  it('starts afresh, and says so, when the file is damaged', async () => {
    await writeFile(path.join(dataDir, 'spapi-state-spapi-7f3a.json'), '{ not json');
    const snapshot = await world.run(open().poll());
    expect(atRiskDeadline(snapshot)).toBeDefined();
    expect(world.logs.some((l) => l.level === 'warn' && /Amazon account memory/.test(l.message))).toBe(true);
  });
});

describe('openEnvironmentSpApiSource', () => {
  const context = () => ({
    dataDir,
    StoreClass: Conf,
    clock: world.clock,
    logger: capturingLogger(world.logs),
    settings: defaultSettings,
    appVersion: '0.1.0',
    translator: translatorFor('en'),
  });

  it('opens the account described by the environment as source "spapi:env"', () => {
    const env = {
      FLAGWATCH_SPAPI_CLIENT_ID: world.seller.clientId,
      FLAGWATCH_SPAPI_CLIENT_SECRET: world.seller.clientSecret,
      FLAGWATCH_SPAPI_REFRESH_TOKEN: world.seller.refreshToken,
      FLAGWATCH_SPAPI_REGION: 'NA',
      FLAGWATCH_SPAPI_SELLER_ID: world.seller.sellerId,
      FLAGWATCH_SPAPI_MARKETPLACES: 'US',
    };
    expect(openEnvironmentSpApiSource({ ...context(), env }).id).toBe('spapi:env');
  });

  it('refuses to open without the variables, naming them', () => {
    expect(() => openEnvironmentSpApiSource({ ...context(), env: {} })).toThrow(EnvironmentAccountError);
    expect(() => openEnvironmentSpApiSource({ ...context(), env: {} })).toThrow(/FLAGWATCH_SPAPI_CLIENT_ID/);
  });
});
