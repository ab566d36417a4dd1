// Each account's own status end to end: `flagwatch serve --source spapi` watching two Amazon
// accounts on the loopback fake SP-API, one of them saved without its secrets. Its banner names
// it with the source's own message; once the secrets are there, its Retry checks that account
// alone, says "Checking…" meanwhile, and the banner goes away. The other account is left alone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { expect, test } from '@playwright/test';
import { fileSecrets } from '../../main/adapters/secrets/file-secrets';
import { accountsSpec } from '../../main/adapters/store/accounts-document';
import { openDocumentStore } from '../../main/adapters/store/document-store';
import type { AccountConfig } from '../../main/core/accounts/account-config';
import { writeAccountSecrets } from '../../main/app/ports/account-secrets';
import type { FakeSpApi } from '../support/fake-spapi/fake-spapi-server';
import { connectContractClient, type ContractClient } from './support/contract-client';
import { accountName, seller, startRealClockFakeSpApi } from './support/fake-spapi-host';
import { startFlagwatch } from './support/flagwatch-process';
import { firstCheckDone } from './support/host-checks';

const euName = 'Bluefin Outdoor Supply (EU)';

let dataDir: string;
let server: FakeSpApi;
const running: Array<{ stop(): Promise<unknown> } | ContractClient> = [];

test.beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-e2e-account-status-'));
  server = await startRealClockFakeSpApi();
});

test.afterEach(async () => {
  for (const item of running.splice(0).reverse()) await ('stop' in item ? item.stop() : item.close());
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Two accounts as the window saves them, pointed at the fake; only the first with its secrets. */
async function saveTwoAccounts(): Promise<{ healthy: AccountConfig; missing: AccountConfig }> {
  const base = {
    region: 'NA' as const,
    sellerId: seller.sellerId,
    marketplaceIds: seller.marketplaceIds,
    clientId: seller.clientId,
    endpoint: server.baseUrl,
    tokenEndpoint: server.lwaUrl,
  };
  const healthy: AccountConfig = { ...base, id: 'acct-na', name: accountName };
  const missing: AccountConfig = { ...base, id: 'acct-eu', name: euName };
  openDocumentStore({ ...accountsSpec, dataDir, StoreClass: Conf }).write({
    accounts: [healthy, missing],
    lastTests: {},
  });
  await writeAccountSecrets(fileSecrets(dataDir), healthy.id, {
    clientSecret: seller.clientSecret,
    refreshToken: seller.refreshToken,
  });
  return { healthy, missing };
}

test("a failing account's banner names it in its own words, and its Retry checks that account alone", async ({
  page,
}) => {
  const { missing } = await saveTwoAccounts();
  const host = await startFlagwatch({ dataDir, source: 'spapi' });
  running.push(host);
  const client = await connectContractClient(host.pageUrl);
  running.push(client);
  await firstCheckDone(client.api);
  await page.goto(`${host.pageUrl.href}#/`);

  const banner = page.getByRole('alert', { name: `Checking ${euName} failed` });
  await expect(banner).toContainText(
    `${euName}: the client secret and refresh token are not saved; add them in Accounts`,
  );
  await expect(page.getByRole('alert', { name: `Checking ${accountName} failed` })).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Check status' })).toContainText(/Last checked at .+\. Next check at/);
  const before = await client.api.invoke('status.get', {});
  const healthyBefore = before.sources.find((s) => s.accountId === 'acct-na')!;
  expect(healthyBefore.error).toBeNull();

  await writeAccountSecrets(fileSecrets(dataDir), missing.id, {
    clientSecret: seller.clientSecret,
    refreshToken: seller.refreshToken,
  });
  // Slow the report down a little, so the check is seen running.
  server.inject('getReports', { kind: 'delay', ms: 1_500 });
  await banner.getByRole('button', { name: `Retry checking ${euName}` }).click();
  await expect(banner.getByRole('button', { name: 'Checking…' })).toBeDisabled();
  await expect(banner).toHaveCount(0, { timeout: 30_000 });

  const after = await client.api.invoke('status.get', {});
  expect(after.state).toBe('active');
  expect(after.error).toBeNull();
  const healthyAfter = after.sources.find((s) => s.accountId === 'acct-na')!;
  const retried = after.sources.find((s) => s.accountId === 'acct-eu')!;
  expect(healthyAfter.lastPollAt).toBe(healthyBefore.lastPollAt);
  expect(retried).toMatchObject({ error: null, polling: false, label: euName });
  expect(retried.lastSuccessAt).not.toBeNull();
  const { notifications } = await client.api.invoke('inbox.get', {});
  expect(notifications.some((n) => n.accountId === 'acct-eu')).toBe(true);
});
