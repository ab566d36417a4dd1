// Amazon's notices by email end to end: a real Dovecot started by the test (its certificate
// trusted only through the test-only FLAGWATCH_TEST_MAIL_CA), `flagwatch serve` with no other
// source, a mailbox added through the form in Chromium ("Test connection" answers; a wrong
// password is refused in plain words), then Amazon's notice delivered into the spam folder
// appears in the inbox with its ASINs and deadline and as a native notification read back from
// dunst, and the mail on the server is byte for byte what it was.
import { writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Conf from 'conf';
import { openStores } from '../../main/adapters/store/open-stores';
import { account, US } from '../support/fixtures';
import { startDovecot, testPassword, testUser } from '../main/sources/email/support/dovecot';
import { amazonFrom, plainTextMail } from '../main/sources/email/support/seed-messages';
import { expect, test } from './support/test';

const notice = readFileSync(
  path.join(import.meta.dirname, '../fixtures/notices/en-inauthentic-listings-removed.txt'),
  'utf8',
);
const asins = ['B0C7KQ2M4X', 'B0D1TR88PL', '0306406152'];
const day = 86_400_000;
const mailboxName = `${testUser} on 127.0.0.1`;

function amazonMail(body: string): string {
  return plainTextMail({
    from: amazonFrom,
    to: testUser,
    subject: 'Listings removed: customer complaints about authenticity',
    date: new Date().toUTCString(),
    messageId: 'inauthentic.1@amazon.com',
    body,
  });
}

async function fillPassword(page: Page, password: string): Promise<void> {
  await page.getByRole('button', { name: `Edit ${mailboxName}` }).click();
  const form = page.getByRole('form', { name: `Edit ${mailboxName}` });
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
}

test('a mailbox added in the window brings Amazon’s emailed notice into the inbox and to the desktop, and the mail stays untouched', async ({
  page,
  dataDir,
  stopAfter,
  daemon,
  serve,
}) => {
  test.setTimeout(120_000);
  // The seller account the notices are filed under, known to the inbox; no source runs.
  openStores({ dataDir, StoreClass: Conf })
    .inbox()
    .write({
      notifications: [],
      accounts: [account({ id: 'acct-northwind', name: 'Northwind Goods', marketplaceIds: [US] })],
      lastSuccessAt: null,
    });
  const server = stopAfter(await startDovecot());
  const certificateAuthority = path.join(dataDir, 'test-mail-ca.pem');
  await writeFile(certificateAuthority, server.certificate);
  const { host, client } = await serve({
    source: 'none',
    env: { ...daemon.env, LANG: 'en_US.UTF-8', TZ: 'UTC', FLAGWATCH_TEST_MAIL_CA: certificateAuthority },
  });

  // Added through the form, from the keyboard where a seller would type.
  await page.goto(`${host.pageUrl.href}#/accounts`);
  await page.getByRole('button', { name: 'Add mailbox' }).click();
  const form = page.getByRole('form', { name: 'Add a mailbox' });
  await expect(form.getByLabel('Mail server (IMAP)')).toBeFocused();
  await form.getByLabel('Mail server (IMAP)').fill(server.host);
  await form.getByLabel('Port').fill(String(server.tlsPort));
  await form.getByLabel('User name').fill(testUser);
  await form.getByLabel('Password').fill(testPassword);
  await expect(form.getByLabel('Seller account')).toHaveValue('acct-northwind');
  await form.getByLabel('Password').press('Enter');
  const item = page.getByRole('listitem', { name: mailboxName });
  await expect(item.getByText(`127.0.0.1, port ${server.tlsPort}, TLS`)).toBeVisible();

  await item.getByRole('button', { name: `Test connection of ${mailboxName}` }).click();
  await expect(item.getByRole('status', { name: `Connection of ${mailboxName}` })).toHaveText(
    'Connected. Flagwatch will read: INBOX and Junk.',
  );
  await expect(item.getByText('Watching INBOX and Junk; last read')).toBeVisible({ timeout: 15_000 });

  // A wrong password: the test says so in plain words, and so does the mailbox's reading.
  await fillPassword(page, 'not the password');
  await item.getByRole('button', { name: `Test connection of ${mailboxName}` }).click();
  const refused =
    '127.0.0.1 refused the user name or password. Check them; many providers need an app password or OAuth2 sign-in.';
  await expect(item.getByRole('alert', { name: `Connection of ${mailboxName}` })).toHaveText(refused);
  await expect(item.getByText(new RegExp(`^${refused.replace(/[.()]/g, '\\$&')} Trying again at `))).toBeVisible({
    timeout: 15_000,
  });
  // Above every view too, with the way back to the mailbox.
  const banner = page.getByRole('alert', { name: `Flagwatch cannot read ${mailboxName}` });
  await expect(banner).toContainText(refused);
  await expect(banner.getByRole('link', { name: 'Open the mailbox settings' })).toHaveAttribute('href', '#/accounts');
  const saved = JSON.stringify(await client.api.invoke('mailboxes.list', {}));
  expect(saved).not.toContain('not the password');
  expect(saved).not.toContain(testPassword);

  // The right password again; then Amazon's notice lands in spam.
  await fillPassword(page, testPassword);
  await expect(item.getByText('Watching INBOX and Junk; last read')).toBeVisible({ timeout: 15_000 });
  await expect(banner).toHaveCount(0);
  const deliveredAt = Date.now();
  server.deliver('Junk', amazonMail(notice));
  const before = server.digest();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Inbox', exact: true }).click();
  const row = page
    .getByRole('list', { name: 'Notifications' })
    .getByRole('listitem')
    .filter({ hasText: 'authenticity' });
  await expect(row).toBeVisible({ timeout: 15_000 });
  const { notifications } = await client.api.invoke('inbox.get', {});
  expect(notifications).toHaveLength(1);
  const [arrived] = notifications;
  expect(arrived).toMatchObject({ accountId: 'acct-northwind', marketplaceId: US, asins, status: 'open' });
  expect(arrived?.notice).toMatchObject({ origin: 'email', deadlineText: 'within 17 days' });
  // "within 17 days" of when the mail arrived.
  const deadline = Date.parse(arrived!.deadline!);
  expect(deadline).toBeGreaterThanOrEqual(deliveredAt - 5_000 + 17 * day);
  expect(deadline).toBeLessThanOrEqual(Date.now() + 17 * day);

  await page.goto(`${host.pageUrl.href}#/notification/${encodeURIComponent(arrived!.id)}`);
  for (const asin of asins) await expect(page.getByRole('listitem').filter({ hasText: asin })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Deadline' })).toBeVisible();

  // The desktop notification, as the notification daemon received it.
  await expect.poll(async () => (await daemon.history()).map((n) => n.summary)).toEqual([arrived!.title]);
  const [shown] = await daemon.history();
  expect(shown?.body).toContain('Northwind Goods');

  // Read, notified, and the server's mail is byte for byte as it was: nothing flagged, moved or deleted.
  expect(server.digest()).toBe(before);
  expect(server.messageFiles('Junk')).toHaveLength(1);
  expect(server.messageFiles('Junk')[0]).toMatch(/:2,$/);
});
