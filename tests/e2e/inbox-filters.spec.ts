// The inbox at work in a real browser against `flagwatch serve` and the demo source: filters and
// search narrow the list to exactly what the core's query selects and survive a reload; a
// snoozed notification leaves the unread count and comes back when due on the host's simulated
// clock; and the whole flow (search, move, read, snooze, open, back, help) by keyboard alone.
import type { Page } from '@playwright/test';
import { defaultInboxQuery, queryInbox, type InboxQuery } from '../../main/core/inbox/inbox-query';
import type { FlagwatchApi, InboxView } from '../../preload/contract';
import type { ServeOptions } from './support/flagwatch-process';
import { firstCheckDone } from './support/host-checks';
import { expect, test, type Serve, type Served } from './support/test';

async function start(serve: Serve, options: Omit<ServeOptions, 'dataDir'> = {}): Promise<Served> {
  const served = await serve({ demoSeed: 7, ...options });
  await firstCheckDone(served.client.api);
  return served;
}

const list = (page: Page) => page.getByRole('list', { name: 'Notifications' });
const unreadTotal = (page: Page) => page.getByRole('status', { name: /^Unread notifications: \d+$/ });

/** The titles the page lists, in order (the demo's inbox is small enough to be all in view). */
async function titlesShown(page: Page): Promise<string[]> {
  return list(page).locator('.row-title').allTextContents();
}

/** What the core's query selects from the host's inbox, as the page should list it. */
async function expected(api: FlagwatchApi, query: InboxQuery): Promise<string[]> {
  const view: InboxView = await api.invoke('inbox.get', {});
  return queryInbox(view.notifications, query, new Date()).map((n) => n.title);
}

test('filters and search narrow the list to what the query selects, and survive a reload', async ({ page, serve }) => {
  const { host, client } = await start(serve);
  await page.goto(`${host.pageUrl.href}#/`);
  const everything = await expected(client.api, defaultInboxQuery);
  expect(everything.length).toBeGreaterThan(2);
  await expect.poll(() => titlesShown(page)).toEqual(everything);

  await page.getByRole('button', { name: /^Policy Compliance, \d+ unread$/ }).click();
  const policy: InboxQuery = { ...defaultInboxQuery, groups: ['policyCompliance'] };
  await expect.poll(() => titlesShown(page)).toEqual(await expected(client.api, policy));

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Severity' });
  const word = (await expected(client.api, policy))[0]!.split(' ')[0]!;
  await page.getByRole('searchbox', { name: 'Search' }).fill(word.toLowerCase());
  const searched: InboxQuery = { ...policy, sort: 'severity', search: word.toLowerCase() };
  const narrowed = await expected(client.api, searched);
  expect(narrowed.length).toBeGreaterThan(0);
  await expect.poll(() => titlesShown(page)).toEqual(narrowed);
  await expect(page.getByRole('status').filter({ hasText: /notifications? shown/ })).toHaveText(
    `${narrowed.length} notification${narrowed.length === 1 ? '' : 's'} shown`,
  );

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(word.toLowerCase());
  await expect(page.getByRole('button', { name: /^Policy Compliance, \d+ unread$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('severity');
  await expect.poll(() => titlesShown(page)).toEqual(await expected(client.api, searched));

  // Back undoes the last filter (the sort), the search staying as typed.
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('deadline');
});

test('a snoozed notification leaves the unread count and comes back when due', async ({ page, serve }) => {
  // The host's clock runs an hour a second: a day's snooze ends within half a minute.
  const { host, client } = await start(serve, { clock: { start: new Date().toISOString(), speed: 3600 } });
  await page.goto(`${host.pageUrl.href}#/`);
  const view = await client.api.invoke('inbox.get', {});
  const target = view.notifications.find((n) => n.status === 'open' && !n.read)!;

  /** Unread by the host's badge, and open unread items not counting any snooze. */
  const counts = async () => {
    const now = await client.api.invoke('inbox.get', {});
    const openUnread = now.notifications.filter((n) => n.status === 'open' && !n.read).length;
    return { badge: now.badge.unread, openUnread };
  };

  await page
    .getByRole('button', { name: `Snooze: ${target.title}` })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'For 1 day' }).click();
  await expect
    .poll(
      async () =>
        (await client.api.invoke('inbox.get', {})).notifications.find((n) => n.id === target.id)?.snoozedUntil,
    )
    .not.toBeNull();
  const snoozed = await counts();
  expect(snoozed.badge).toBe(snoozed.openUnread - 1);
  await expect(unreadTotal(page)).toHaveAccessibleName(`Unread notifications: ${snoozed.badge}`);

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Snoozed' });
  await expect(list(page).getByRole('link', { name: target.title, exact: true })).toBeVisible();

  // Due on the host's clock: the badge counts it again, and so does the page's header.
  await expect
    .poll(
      async () => {
        const c = await counts();
        return c.badge === c.openUnread;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  const back = await counts();
  await expect(unreadTotal(page)).toHaveAccessibleName(`Unread notifications: ${back.badge}`);
});

test('the whole inbox flow works by keyboard alone', async ({ page, serve }) => {
  const { host, client } = await start(serve);
  await page.goto(`${host.pageUrl.href}#/`);
  const shown = await expected(client.api, defaultInboxQuery);
  await expect.poll(() => titlesShown(page)).toEqual(shown);
  const before = (await client.api.invoke('inbox.get', {})).badge.unread;

  // "/" searches; ↓ goes on to the list.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const first = list(page).getByRole('link').first();
  await expect(first).toBeFocused();

  // j and k move; r marks read, lowering the host's count.
  await page.keyboard.press('j');
  await expect(list(page).getByRole('link').nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await expect(first).toBeFocused();
  const firstName = (await first.getAttribute('aria-label'))!;
  expect(firstName).toMatch(/^Unread: /);
  await page.keyboard.press('r');
  await expect(unreadTotal(page)).toHaveAccessibleName(`Unread notifications: ${before - 1}`);

  // s snoozes the focused one, for a day, from a dialog that holds the focus.
  await page.keyboard.press('j');
  const second = list(page).getByRole('link').nth(1);
  const secondTitle = (await second.locator('.row-title').textContent())!;
  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog', { name: `Snooze “${secondTitle}”` });
  await expect(dialog.getByRole('button', { name: 'For 1 day' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(list(page).getByRole('link', { name: new RegExp(secondTitle) })).toHaveCount(0);

  // Enter opens; back to the inbox, the focus is on that row again.
  await page.keyboard.press('/');
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();
  const opened = (await first.locator('.row-title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: opened })).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Back to inbox' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list(page).getByRole('link', { name: opened }).first()).toBeFocused();

  // ? lists the shortcuts; Escape closes; a digit switches views.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('1');
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link').first()).toHaveAttribute(
    'aria-current',
    'page',
  );
});
