// The stored secrets go only where the seller sent them: an edit that points the account at
// another SP-API or token endpoint is refused unless both secrets are typed again, and nothing
// (no connection test, no poll) reaches the new address with the saved ones.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../main/adapters/clock/system-clock';
import { composeApp } from '../../../main/compose/compose-app';
import type { AccountConfig } from '../../../main/core/accounts/account-config';
import { startFakeSpApi, type FakeSpApi } from '../../support/fake-spapi/fake-spapi-server';
import { accountSaveRequestFor, fakeSeller } from '../../support/fake-spapi/test-world';
import { quietHostParts } from '../../support/host-parts';
import { startRecordingListener, type RecordingListener } from '../../support/recording-listener';

const seller = fakeSeller();
let dataDir: string;
let amazon: FakeSpApi;
let elsewhere: RecordingListener;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-destination-'));
  amazon = await startFakeSpApi({ sellers: [seller], reportProcessingMs: 0 });
  amazon.seedReport(seller.sellerId, { marketplaceIds: seller.marketplaceIds, createdAt: new Date() });
  elsewhere = await startRecordingListener();
});
afterEach(async () => {
  await Promise.all([amazon.close(), elsewhere.close()]);
  await rm(dataDir, { recursive: true, force: true });
});

async function savedAccount() {
  const app = composeApp({ dataDir, source: 'spapi' }, quietHostParts({ clock: systemClock }));
  const config = await app.handlers['accounts.save'](accountSaveRequestFor(seller, amazon));
  return { app, config };
}

const moves: [string, (config: AccountConfig, to: string) => AccountConfig][] = [
  ['the token endpoint', (config, to) => ({ ...config, tokenEndpoint: `${to}/steal` })],
  ['the SP-API endpoint', (config, to) => ({ ...config, endpoint: to })],
  ['both endpoints', (config, to) => ({ ...config, endpoint: to, tokenEndpoint: `${to}/steal` })],
];

describe('an edit that changes where credentials go', () => {
  it.each(moves)('of %s is refused with the saved secrets, and nothing reaches the new address', async (_, move) => {
    const { app, config } = await savedAccount();
    for (const secrets of [{}, { clientSecret: 'typed-again' }, { refreshToken: 'Atzr|typed-again' }]) {
      await expect(app.handlers['accounts.save']({ config: move(config, elsewhere.url), ...secrets })).rejects.toThrow(
        'Could not save the account: the SP-API or token endpoint changed, so enter the client secret and the refresh token again.',
      );
    }
    // The account still points at Amazon: its test and its poll go there, not elsewhere.
    expect((await app.handlers['accounts.list']({}))[0]?.config).toEqual(config);
    expect(await app.handlers['accounts.test']({ id: config.id })).toMatchObject({ ok: true });
    await app.refreshNow();
    await app.stop();
    expect(amazon.stats().lwa.calls).toBeGreaterThan(0);
    expect(elsewhere.received).toEqual([]);
  });

  it('is accepted with both secrets typed again, and only the new ones travel there', async () => {
    const { app, config } = await savedAccount();
    await app.handlers['accounts.save']({
      config: { ...config, tokenEndpoint: `${elsewhere.url}/auth/o2/token` },
      clientSecret: 'new-client-secret',
      refreshToken: 'Atzr|new-refresh-token',
    });
    await app.handlers['accounts.test']({ id: config.id });
    await app.stop();
    expect(elsewhere.received.length).toBeGreaterThan(0);
    expect(elsewhere.everything()).toContain('new-client-secret');
    expect(elsewhere.everything()).not.toContain(seller.clientSecret);
    expect(elsewhere.everything()).not.toContain(encodeURIComponent(seller.refreshToken));
  });

  it('is refused when a custom endpoint is cleared, too', async () => {
    const { app, config } = await savedAccount();
    const { tokenEndpoint: _dropped, ...toAmazon } = config;
    await expect(app.handlers['accounts.save']({ config: toAmazon })).rejects.toThrow(/endpoint changed/);
    await app.stop();
  });

  it('is not needed for a new name, marketplaces or region with the same endpoints', async () => {
    const { app, config } = await savedAccount();
    const renamed = await app.handlers['accounts.save']({ config: { ...config, name: 'Northwind US' } });
    expect(renamed.name).toBe('Northwind US');
    const moved = await app.handlers['accounts.save']({
      config: { ...config, region: 'EU', marketplaceIds: ['A1PA6795UKMFR9'] },
    });
    expect(moved.region).toBe('EU');
    await app.stop();
  });
});
