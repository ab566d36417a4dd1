// The pieces of an SP-API end-to-end test: the fake SP-API on the real clock (the served app
// polls on the system clock), an Amazon account saved in the data folder the way the window
// saves one, and `flagwatch serve --source spapi` as a child process.
import Conf from 'conf';
import { fileSecrets } from '../../../main/adapters/secrets/file-secrets';
import { openDocumentStore } from '../../../main/adapters/store/document-store';
import type { AccountConfig } from '../../../main/core/accounts/account-config';
import { writeAccountSecrets } from '../../../main/app/ports/account-secrets';
import { accountsSpec } from '../../../main/adapters/store/accounts-document';
import { startFakeSpApi, type FakeSeller, type FakeSpApi } from '../../support/fake-spapi/fake-spapi-server';
import { fakeSeller, sellerOn } from '../../support/fake-spapi/test-world';
import { test as base } from './test';

export const seller = fakeSeller();
export const accountName = 'Bluefin Outdoor Supply (NA)';

/**
 * Reports are done the moment they are made, and one made just now waits to be reused, so a
 * check never sits out Amazon's processing time; the server's own limits are loose, leaving the
 * app's client limits as the only ones that count.
 */
export async function startRealClockFakeSpApi(sellerOf: FakeSeller = seller): Promise<FakeSpApi> {
  const server = await startFakeSpApi({
    sellers: [sellerOf],
    reportProcessingMs: 0,
    rateLimits: { getReports: { rate: 1, burst: 100 }, getReportDocument: { rate: 1, burst: 100 } },
  });
  server.seedReport(sellerOf.sellerId, { marketplaceIds: sellerOf.marketplaceIds, createdAt: new Date() });
  return server;
}

/** The end-to-end `test` with `server`: the fake SP-API for `seller`, stopped after the host. */
export const test = base.extend<{ server: FakeSpApi }>({
  server: async ({ stopAfter }, use) => use(stopAfter(await startRealClockFakeSpApi())),
});

/** The account as the window saves it, pointed at the fake; its secrets only when asked. */
export async function saveAccount(
  dataDir: string,
  server: FakeSpApi,
  options: { withSecrets: boolean },
): Promise<AccountConfig> {
  const config: AccountConfig = { id: 'acct-e2e', name: accountName, ...sellerOn(seller, server) };
  openDocumentStore({ ...accountsSpec, dataDir, StoreClass: Conf }).write({ accounts: [config], lastTests: {} });
  if (options.withSecrets) {
    await writeAccountSecrets(fileSecrets(dataDir), config.id, {
      clientSecret: seller.clientSecret,
      refreshToken: seller.refreshToken,
    });
  }
  return config;
}
