// Native notifications for real: `flagwatch serve` raises them through node-notifier and
// notify-send on a private D-Bus session, and dunst's history tells what arrived.
import { marketplaceById } from '../../main/core/catalog/marketplaces';
import { summaryThreshold } from '../../main/core/notify/plan';
import type { PerformanceNotification } from '../../preload/contract';
import type { DaemonNotification } from '../support/notification-daemon';
import { firstCheckDone, nextNewNotifications } from './support/host-checks';
import { expect, test } from './support/test';

const sameAs = (a: DaemonNotification) => (b: DaemonNotification) => a.summary === b.summary && a.body === b.body;

test('a new demo notification reaches the desktop once, and a later check does not raise it again', async ({
  page,
  daemon,
  serve,
}) => {
  const { host, client } = await serve({ demoSpeed: 3600, demoSeed: 11, env: { ...daemon.env } });
  const { api } = client;
  await firstCheckDone(api);
  await page.goto(`${host.pageUrl.href}#/`);

  // The opening batch arrives as one summary rather than a flood.
  const opening = await api.invoke('inbox.get', {});
  expect(opening.badge.unread).toBeGreaterThan(summaryThreshold);
  await expect
    .poll(() => daemon.history())
    .toEqual([
      expect.objectContaining({
        summary: `${opening.badge.unread} new performance notifications`,
        appname: 'Flagwatch',
      }),
    ]);

  // The next one arrives alone, with its own title and where it happened.
  const { view, added } = await nextNewNotifications(api, new Set(opening.notifications.map((n) => n.id)));
  expect(added.length).toBeLessThanOrEqual(summaryThreshold);
  const news: PerformanceNotification = added[0]!;
  const account = view.accounts.find((a) => a.id === news.accountId)!.name;
  await expect
    .poll(async () => (await daemon.history()).filter((d) => d.summary === news.title))
    .toEqual([
      expect.objectContaining({
        appname: 'Flagwatch',
        body: expect.stringContaining(`${account} · ${marketplaceById(news.marketplaceId).code}`),
      }),
    ]);
  const delivered = (await daemon.history()).find((d) => d.summary === news.title)!;
  expect(delivered.body.split('\n')[1]).toBe(news.text.split('\n')[0]);
  // The same notification is in the window.
  await expect(page.getByRole('link', { name: `Unread: ${news.title}` }).first()).toBeVisible();

  // A later check, from the window's button, raises nothing for it again.
  const lastPoll = (await api.invoke('status.get', {})).lastPollAt;
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect.poll(async () => (await api.invoke('status.get', {})).lastPollAt).not.toBe(lastPoll);
  // Wait until something newer has reached the desktop, so anything the later checks raised is in the history.
  const known = new Set((await api.invoke('inbox.get', {})).notifications.map((n) => n.id));
  const { added: later } = await nextNewNotifications(api, known);
  await expect
    .poll(async () => (await daemon.history()).some((d) => later.some((n) => d.summary === n.title)))
    .toBe(true);
  expect((await daemon.history()).filter(sameAs(delivered))).toHaveLength(1);
});

test('under LANG=zh_CN.UTF-8 the desktop notifications are in Chinese', async ({ daemon, serve }) => {
  // LC_ALL and LC_MESSAGES would win over LANG: empty, they say nothing.
  const chinese = { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  const { client } = await serve({ demoSpeed: 3600, demoSeed: 11, env: { ...daemon.env, ...chinese } });
  const { api } = client;
  await firstCheckDone(api);

  const opening = await api.invoke('inbox.get', {});
  expect(opening.badge.unread).toBeGreaterThan(summaryThreshold);
  await expect
    .poll(() => daemon.history())
    .toEqual([expect.objectContaining({ summary: `${opening.badge.unread} 条新的绩效通知`, appname: 'Flagwatch' })]);
  const [summary] = await daemon.history();
  expect(summary!.body.split('\n').at(-1)).toBe(`另有 ${opening.badge.unread - 3} 条`);

  // A single notice: the demo's own Chinese title and text, with the account and marketplace.
  const { view, added } = await nextNewNotifications(api, new Set(opening.notifications.map((n) => n.id)));
  const news = added[0]!;
  expect(news.title).toMatch(/[\u4e00-\u9fff]/);
  const account = view.accounts.find((a) => a.id === news.accountId)!.name;
  await expect
    .poll(async () => (await daemon.history()).filter((d) => d.summary === news.title))
    .toEqual([
      expect.objectContaining({
        body: expect.stringContaining(`${account} · ${marketplaceById(news.marketplaceId).code}`),
      }),
    ]);
  const delivered = (await daemon.history()).find((d) => d.summary === news.title)!;
  expect(delivered.body.split('\n').at(-1)).toMatch(/[\u4e00-\u9fff]/);
});
