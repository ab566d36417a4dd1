// Each account's own status end to end: `flagwatch serve --source spapi` watching two Amazon
// accounts on the loopback fake SP-API, one of them saved without its secrets. Its banner names
// it with the source's own message; once the secrets are there, its Retry checks that account
// alone, says "Checking…" meanwhile, and the banner goes away. The other account is left alone.
import Conf from 'conf';
import { fileSecrets } from '../../main/adapters/secrets/file-secrets';
import { accountsSpec } from '../../main/adapters/store/accounts-document';
import { openDocumentStore } from '../../main/adapters/store/document-store';
import type { AccountConfig } from '../../main/core/accounts/account-config';
import { writeAccountSecrets } from '../../main/app/ports/account-secrets';
import type { FakeSpApi } from '../support/fake-spapi/fake-spapi-server';
import { sellerOn } from '../support/fake-spapi/test-world';
import { accountName, seller, test } from './support/fake-spapi-host';
import { firstCheckDone } from './support/host-checks';
import { expect } from './support/test';

const euName = 'Bluefin Outdoor Supply (EU)';

/** Two accounts as the window saves them, pointed at the fake; only the first with its secrets. */
async function saveTwoAccounts(
  dataDir: string,
  server: FakeSpApi,
): Promise<{ healthy: AccountConfig; missing: AccountConfig }> {
  const base = sellerOn(seller, server);
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
  dataDir,
  server,
  serve,
}) => {
  const { missing } = await saveTwoAccounts(dataDir, server);
  const { host, client } = await serve({ source: 'spapi' });
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
