// The window's language in a real browser against the real Node host: with the browser set to
// Simplified Chinese every view speaks Chinese, with Chinese dates; English chosen in Settings
// switches every view, and stays chosen after the host restarts on the same data folder.
import type { Page } from '@playwright/test';
import { firstCheckDone } from './support/host-checks';
import { expect, test, type Serve, type Served } from './support/test';

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

/** "2026年11月3日 10:04" */
const chineseDateTime = /\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}/;
/** "Nov 3, 2026, 10:04 AM" */
const englishDateTime = /[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M/;

async function start(serve: Serve): Promise<Served> {
  const served = await serve({ demoSpeed: 1, demoSeed: 1 });
  await firstCheckDone(served.client.api);
  return served;
}

/** Every view in English, from the inbox on. */
async function expectEnglishEverywhere(page: Page, title: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Inbox', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Performance Notifications');
  await expect(page.getByRole('button', { name: /^Policy Compliance, \d+ unread$/ })).toBeVisible();
  await page
    .getByRole('link', { name: `Unread: ${title}`, exact: true })
    .first()
    .click();
  await expect(page.getByRole('term').filter({ hasText: /^Received$/ })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: englishDateTime }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Account health' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Account health' })).toBeVisible();
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Amazon accounts' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
}

test('every view in Chinese for a Chinese browser; English chosen in Settings switches all and survives a restart', async ({
  page,
  serve,
}) => {
  let { host, client } = await start(serve);
  const { badge, notifications } = await client.api.invoke('inbox.get', {});
  const shown = notifications.find((n) => n.id === badge.mostUrgentId);
  if (!shown) throw new Error('the demo inbox has no unread notification to show');

  // The inbox.
  await page.goto(`${host.pageUrl.href}#/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('绩效通知');
  await expect(page.getByRole('status', { name: `未读通知：${badge.unread} 条` })).toBeVisible();
  for (const group of ['客户服务绩效', '政策合规性', '配送绩效', '账户']) {
    await expect(page.getByRole('button', { name: new RegExp(`^${group}，\\d+ 条未读$`) })).toBeVisible();
  }
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /收到时间 \d{4}年/ })
      .first(),
  ).toBeVisible();

  // One notification: our words in Chinese, Amazon's title as Amazon wrote it.
  await page
    .getByRole('link', { name: `未读：${shown.title}`, exact: true })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: shown.title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '标为已读', exact: true })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: /^收到时间$/ })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: chineseDateTime }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '返回收件箱' })).toBeVisible();

  // Account health, the accounts, the settings.
  await page.getByRole('link', { name: '账户状况' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '账户状况' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '指标' }).first()).toBeVisible();
  await expect(page.getByText(/^截至 /).first()).toBeVisible();
  await page.getByRole('link', { name: '账户', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '亚马逊账户' })).toBeVisible();
  await expect(page.getByRole('button', { name: '添加账户' })).toBeVisible();
  await page.getByRole('link', { name: '设置' }).click();
  const settings = page.getByRole('form', { name: '设置' });
  await expect(settings.getByRole('combobox', { name: '语言' })).toHaveValue('system');

  // English, chosen and saved: the whole window switches at once.
  await settings.getByRole('combobox', { name: '语言' }).selectOption('en');
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('form', { name: 'Settings' }).getByRole('status')).toHaveText('Settings saved.');
  await expectEnglishEverywhere(page, shown.title);
  expect((await client.api.invoke('settings.get', {})).language).toBe('en');

  // Restart on the same data folder: still English, though the browser still prefers Chinese.
  client.close();
  expect(await host.stop()).toBe(0);
  ({ host, client } = await start(serve));
  expect((await client.api.invoke('settings.get', {})).language).toBe('en');
  await page.goto(`${host.pageUrl.href}#/`);
  expect(await page.evaluate(() => navigator.languages)).toEqual(['zh-CN']);
  await expectEnglishEverywhere(page, shown.title);
});
