// The inbox in a real browser against the real Node host and the demo source: grouped by
// metric group, the same unread count as the host, reading lowers both, news arrive without a
// reload, and read states survive a restart on the same data folder.
import type { Page } from '@playwright/test';
import { translatorFor } from '../../main/core/i18n/catalogues';
import { isUnread } from '../../main/core/inbox/unread';
import { metricGroups, type InboxView, type PerformanceNotification } from '../../preload/contract';
import { firstCheckDone, nextNewNotifications } from './support/host-checks';
import { expect, test, type Serve, type Served } from './support/test';

const en = translatorFor('en');

/** One simulated hour per wall second: a new notification every few seconds. */
const demo = { demoSpeed: 3600, demoSeed: 7 };

async function start(serve: Serve): Promise<Served> {
  const served = await serve(demo);
  await firstCheckDone(served.client.api);
  return served;
}

const unreadTotal = (page: Page) => page.getByRole('status', { name: /^Unread notifications: \d+$/ });

/** Every group's toggle shows the host's unread count for that group, and the header the host's badge. */
async function expectCountsOf(page: Page, view: InboxView): Promise<void> {
  const now = new Date();
  for (const group of metricGroups) {
    const unread = view.notifications.filter((n) => n.group === group && isUnread(n, now)).length;
    await expect(
      page.getByRole('button', { name: `${en.t(`group.${group}`)}, ${unread} unread`, exact: true }),
    ).toBeVisible();
  }
  await expect(unreadTotal(page)).toHaveAccessibleName(`Unread notifications: ${view.badge.unread}`);
}

/** A notification whose title no other open one shares, so its link names it alone. */
function uniquelyTitled(view: InboxView, candidates: PerformanceNotification[]): PerformanceNotification {
  const open = view.notifications.filter((n) => n.status === 'open');
  const found = candidates.find((c) => open.filter((n) => n.title === c.title).length === 1);
  if (!found) throw new Error('every candidate shares its title with another open notification');
  return found;
}

test('inbox by metric group: host and page agree, reading lowers both, news arrive live, read states survive a restart', async ({
  page,
  serve,
}) => {
  let { host, client } = await start(serve);
  await page.goto(`${host.pageUrl.href}#/`);

  // The inbox, grouped, with the host's numbers: its badge and its own log line.
  const first = await client.api.invoke('inbox.get', {});
  expect(first.badge.unread).toBeGreaterThan(0);
  await expectCountsOf(page, first);
  expect(host.lastLoggedUnread()).toBe(first.badge.unread);

  // Reading one lowers the page's count and the host's.
  const target = uniquelyTitled(
    first,
    first.notifications.filter((n) => isUnread(n, new Date())),
  );
  await page.getByRole('link', { name: `Unread: ${target.title}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: target.title, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
  await expect(unreadTotal(page)).toHaveAccessibleName(`Unread notifications: ${first.badge.unread - 1}`);
  const afterRead = await client.api.invoke('inbox.get', {});
  expect(afterRead.badge.unread).toBe(first.badge.unread - 1);
  expect(afterRead.notifications.find((n) => n.id === target.id)?.read).toBe(true);
  await page.getByRole('link', { name: 'Back to inbox' }).click();

  // A new demo notification shows up on the page by itself: no reload.
  await page.evaluate(() => Object.assign(globalThis, { loadedOnce: true }));
  const { view: withNews, added } = await nextNewNotifications(
    client.api,
    new Set(afterRead.notifications.map((n) => n.id)),
  );
  for (const n of added) {
    const sameTitle = withNews.notifications.filter((m) => m.title === n.title && isUnread(m, new Date())).length;
    await expect(page.getByRole('link', { name: `Unread: ${n.title}`, exact: true })).toHaveCount(sameTitle);
  }
  await expectCountsOf(page, withNews);
  expect(await page.evaluate(() => (globalThis as { loadedOnce?: boolean }).loadedOnce)).toBe(true);

  // Restart on the same data folder: every read state is as it was.
  const before = await client.api.invoke('inbox.get', {});
  client.close();
  expect(await host.stop()).toBe(0);
  ({ host, client } = await start(serve));
  const after = await client.api.invoke('inbox.get', {});
  const readAfter = new Map(after.notifications.map((n) => [n.id, n.read]));
  expect(before.notifications.map((n) => [n.id, readAfter.get(n.id)])).toEqual(
    before.notifications.map((n) => [n.id, n.read]),
  );

  // The new run has a new token: the page is opened again from the new address.
  await page.goto(`${host.pageUrl.href}#/notification/${encodeURIComponent(target.id)}`);
  await expect(page.getByRole('heading', { level: 2, name: target.title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to inbox' }).click();
  await expectCountsOf(page, after);
});

test('the page takes its token out of the address bar, and a reload still connects', async ({ page, serve }) => {
  const { host } = await start(serve);
  await page.goto(host.pageUrl.href);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  expect(page.url()).not.toContain(host.pageUrl.searchParams.get('token')!);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.getByText('Flagwatch cannot start')).toHaveCount(0);

  // A new tab has no token of its own: it says which address to open.
  const other = await page.context().newPage();
  await other.goto(new URL('/', host.pageUrl).href);
  await expect(other.getByText(/address that `flagwatch serve` printed/)).toBeVisible();
});
