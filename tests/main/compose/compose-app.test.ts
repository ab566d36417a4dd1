import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeApp, NothingToCheckError } from '../../../main/compose/compose-app';
import { quietHostParts } from '../../support/host-parts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-compose-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('composeApp', () => {
  it('runs the demo source by default, with no Amazon account', async () => {
    const app = composeApp({ dataDir, source: 'demo' }, quietHostParts());
    await app.refreshNow();
    expect(app.badge().unread).toBeGreaterThan(0);
    expect(await app.handlers['accounts.list']({})).toEqual([]);
    await app.stop();
  });

  it('refuses to check nothing, naming the variables that would give it an account', () => {
    expect(() => composeApp({ dataDir, source: 'spapi', requireSource: true }, quietHostParts())).toThrow(
      NothingToCheckError,
    );
    expect(() => composeApp({ dataDir, source: 'spapi', requireSource: true }, quietHostParts())).toThrow(
      /FLAGWATCH_SPAPI_CLIENT_ID, FLAGWATCH_SPAPI_CLIENT_SECRET, FLAGWATCH_SPAPI_REFRESH_TOKEN, FLAGWATCH_SPAPI_REGION, FLAGWATCH_SPAPI_SELLER_ID, FLAGWATCH_SPAPI_MARKETPLACES/,
    );
  });

  it('starts polling an account as soon as it is saved, and stops and forgets it when it is removed', async () => {
    const app = composeApp({ dataDir, source: 'spapi' }, quietHostParts());
    app.start();
    // Endpoints on a closed loopback port: nothing here may reach Amazon.
    const account = {
      name: 'Northwind Goods',
      region: 'NA' as const,
      sellerId: 'A2EXAMPLE1234',
      marketplaceIds: ['ATVPDKIKX0DER'],
      clientId: 'amzn1.application-oa2-client.0123456789abcdef',
      endpoint: 'http://127.0.0.1:9',
      tokenEndpoint: 'http://127.0.0.1:9/auth/o2/token',
    };
    // A new account needs both secrets: nothing is saved, nothing polled.
    await expect(async () => app.handlers['accounts.save']({ config: account })).rejects.toThrow();
    expect(app.status().nextPollAt).toBeNull();
    const config = await app.handlers['accounts.save']({
      config: account,
      clientSecret: 'amzn1.oa2-cs.v1.secret',
      refreshToken: 'Atzr|refresh',
    });
    expect(app.status().nextPollAt).not.toBeNull();
    const stateFile = path.join(dataDir, `spapi-state-${config.id}.json`);
    await writeFile(stateFile, '{}');
    await app.handlers['accounts.remove']({ id: config.id });
    expect(app.status().nextPollAt).toBeNull();
    expect(existsSync(stateFile)).toBe(false);
    await app.stop();
  });
});
