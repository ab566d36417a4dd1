// The Amazon SP-API source end to end: `flagwatch serve --source spapi` polling the loopback fake
// SP-API for an account saved in its data folder, driven in Chromium. The account form has no
// fields for endpoints (sellers never need them), so the account is saved with its endpoints
// pointed at the fake, as the window would save it; the seller then types its secrets in the form.
import type { Page } from '@playwright/test';
import { translatorFor } from '../../main/core/i18n/catalogues';
import { metricGroups } from '../../preload/contract';
import type { Fault, FakeOperation } from '../support/fake-spapi/faults';
import type { ContractClient } from './support/contract-client';
import { accountName, saveAccount, seller, test } from './support/fake-spapi-host';
import { firstCheckDone } from './support/host-checks';
import { expect, type Serve } from './support/test';

/** The app on the saved account, its inbox open in `page`. */
async function openInbox(page: Page, serve: Serve, env?: Record<string, string>): Promise<ContractClient> {
  const { host, client } = await serve({ source: 'spapi', ...(env ? { env } : {}) });
  await firstCheckDone(client.api);
  await page.goto(`${host.pageUrl.href}#/`);
  return client;
}

const view = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true });
const failedCheck = (page: Page) => page.getByRole('alert', { name: `Checking ${accountName} failed` });
/** The inbox's list showing only the metric group named `label`, chosen by its toggle's address. */
async function group(page: Page, label: string) {
  const key = metricGroups.find((g) => translatorFor('en').t(`group.${g}`) === label);
  await page.evaluate(`window.location.hash = '#/?status=open&group=${key}'`);
  return page.getByRole('list', { name: 'Notifications' });
}

async function refreshNow(page: Page, client: ContractClient): Promise<void> {
  const before = (await client.api.invoke('status.get', {})).lastPollAt;
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect
    .poll(
      async () => {
        const status = await client.api.invoke('status.get', {});
        return !status.polling && status.lastPollAt !== before;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

test('an account saved with its secrets typed in the form: connection test, notifications by group, account health', async ({
  page,
  dataDir,
  server,
  serve,
}) => {
  await saveAccount(dataDir, server, { withSecrets: false });
  const client = await openInbox(page, serve);

  // Without its secrets the account cannot be checked, and the page says what to do.
  await expect(failedCheck(page)).toContainText(
    'the client secret and refresh token are not saved; add them in Accounts',
  );
  expect((await client.api.invoke('status.get', {})).state).toBe('error');

  await view(page, 'Accounts').click();
  await page.getByRole('button', { name: `Edit ${accountName}` }).click();
  await page.getByLabel('Client secret').fill(seller.clientSecret);
  await page.getByLabel('Refresh token').fill(seller.refreshToken);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: `Test connection of ${accountName}` }).click();
  await expect(page.getByRole('status', { name: `Connection of ${accountName}` })).toHaveText(
    'Connected to Amazon as Fake Store. Selling on United States (US) and Canada (CA).',
    { timeout: 30_000 },
  );

  await view(page, 'Inbox').click();
  await refreshNow(page, client);
  await expect(failedCheck(page)).toHaveCount(0);
  expect((await client.api.invoke('status.get', {})).state).toBe('active');
  await expect(await group(page, 'Account')).toContainText('Account at risk of deactivation (United States)');
  await expect(await group(page, 'Policy Compliance')).toContainText(
    'Received Intellectual Property Complaints: 75 over the last 180 days (target 0)',
  );
  await expect(await group(page, 'Shipping Performance')).toContainText('On-Time Delivery Rate (units) below target');

  await view(page, 'Account health').click();
  const usHealth = page.getByRole('region', { name: `${accountName} · United States (US)` });
  const metricRow = (label: string) =>
    usHealth.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(metricRow('Order Defect Rate (seller-fulfilled)')).toHaveText(/0\.9%\s*under 1%\s*Meets target/);
  await expect(metricRow('On-Time Delivery Rate (units)')).toHaveText(/88\.48%\s*above 90%\s*Misses target/);
  // The report's counts give the headroom: 4 % of 870,669 orders is 34,826.76 late shipments.
  await expect(metricRow('Late Shipment Rate')).toContainText('6,931 more defects miss it (27,896 of 870,669 orders)');
  await expect(metricRow('Late Shipment Rate')).toContainText('Oldest counted order leaves the window');
});

test('under LANG=zh_CN the SP-API notifications are written in Chinese', async ({ page, dataDir, server, serve }) => {
  await saveAccount(dataDir, server, { withSecrets: true });
  const client = await openInbox(page, serve, { LANG: 'zh_CN.UTF-8' });
  const { notifications } = await client.api.invoke('inbox.get', {});
  const titles = notifications.map((n) => n.title);
  expect(titles).toContain('账户有被停用的风险（美国）');
  expect(titles).toContain('收到的知识产权投诉：75（过去 180 天）（目标 0）');
  await expect(page.getByText('账户有被停用的风险（美国）', { exact: true })).toBeVisible();
});

interface Injection {
  operation: FakeOperation;
  faults: Fault[];
}

const faults: (Injection & { name: string; then?: Injection; says: RegExp })[] = [
  {
    name: 'a burst of 503s beyond the retries',
    operation: 'getReportDocument',
    faults: Array(4).fill({ kind: 'status', status: 503 }),
    says: /temporary problem/,
  },
  // The access token in hand has expired, and Amazon refuses the refresh token when asked for a new one.
  {
    name: 'a revoked refresh token (invalid_grant)',
    operation: 'getReports',
    faults: [{ kind: 'expired-token' }],
    then: { operation: 'lwa', faults: [{ kind: 'invalid-grant' }] },
    says: /refused the refresh token/,
  },
  {
    name: 'a report file that is not gzip',
    operation: 'downloadDocument',
    faults: [{ kind: 'corrupt-gzip' }],
    says: /not valid gzip/,
  },
  {
    name: 'a truncated report file',
    operation: 'downloadDocument',
    faults: [{ kind: 'malformed-json' }],
    says: /not valid JSON/,
  },
];

for (const fault of faults) {
  test(`${fault.name}: an alert in plain words, the stored notifications kept, and recovery on the next check`, async ({
    page,
    dataDir,
    server,
    serve,
  }) => {
    await saveAccount(dataDir, server, { withSecrets: true });
    const client = await openInbox(page, serve);
    await expect(await group(page, 'Account')).toContainText('Account at risk of deactivation (United States)');
    const stored = (await client.api.invoke('inbox.get', {})).notifications.filter((n) => n.status === 'open').length;

    server.inject(fault.operation, ...fault.faults);
    if (fault.then) server.inject(fault.then.operation, ...fault.then.faults);
    await refreshNow(page, client);
    await expect(failedCheck(page)).toContainText(accountName);
    await expect(failedCheck(page)).toContainText(fault.says);
    for (const secret of [seller.clientSecret, seller.refreshToken])
      await expect(failedCheck(page)).not.toContainText(secret);
    expect((await client.api.invoke('status.get', {})).state).toBe('error');
    await expect(await group(page, 'Account')).toContainText('Account at risk of deactivation (United States)');
    expect((await client.api.invoke('inbox.get', {})).notifications.filter((n) => n.status === 'open')).toHaveLength(
      stored,
    );

    await refreshNow(page, client);
    await expect(failedCheck(page)).toHaveCount(0);
    expect((await client.api.invoke('status.get', {})).state).toBe('active');
    expect((await client.api.invoke('inbox.get', {})).notifications.filter((n) => n.status === 'open')).toHaveLength(
      stored,
    );
  });
}
