// The README's screenshots: Today, the inbox (and filtered), one notification, account health
// (with weeks of history, from a second host on a fast clock), settings, the guided appeal (a
// step and the review with the checker's findings), the saved appeals, Seller Support for a
// notification, and the inbox once more in Chinese, taken from the built app served by
// `flagwatch serve` on the demo source, in the system's Chromium. Run `npm run build` first; the
// Chinese shot needs a font with Chinese characters (Debian: fonts-wqy-microhei or fonts-noto-cjk).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { assertChromiumInstalled, chromiumLaunchOptions } from '../tests/e2e/support/chromium';
import { connectContractClient } from '../tests/e2e/support/contract-client';
import { startFlagwatch } from '../tests/e2e/support/flagwatch-process';
import { firstCheckDone } from '../tests/e2e/support/host-checks';
import type { FlagwatchApi, PerformanceNotification } from '../preload/contract';

const outDir = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots');

assertChromiumInstalled();
assertChineseFont();
const dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-screenshots-'));
const host = await startFlagwatch({ dataDir, demoSpeed: 1, demoSeed: 1 });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const client = await connectContractClient(host.pageUrl);
  await firstCheckDone(client.api);
  const { badge, notifications } = await client.api.invoke('inbox.get', {});
  const appealId = await draftAppeal(client.api, notifications);
  const supportFor = await answeredAppeal(client.api, notifications);
  client.close();
  const mostUrgent = notifications.find((n) => n.id === badge.mostUrgentId);
  if (!mostUrgent) throw new Error('the demo inbox has no unread notification to show');

  const viewport = { width: 1100, height: 860 };
  const page = await browser.newPage({ viewport, colorScheme: 'light', locale: 'en-US' });
  await mkdir(outDir, { recursive: true });
  // Opened without an address, the window starts on Today: the demo always has something open.
  await page.goto(host.pageUrl.href);
  await page.getByRole('region', { name: 'Open notifications' }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'today.png') });

  await page.getByRole('link', { name: 'Inbox', exact: true }).click();
  await page.getByRole('status', { name: `Unread notifications: ${badge.unread}` }).waitFor();
  await page.getByRole('button', { name: /^Policy Compliance, \d+ unread$/ }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'inbox.png') });

  // Filtered: one metric group, searched, sorted by severity; then back to everything.
  await page.getByRole('button', { name: /^Policy Compliance, \d+ unread$/ }).click();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Severity' });
  await page.getByRole('searchbox', { name: 'Search' }).fill('complaint');
  await page
    .getByRole('status')
    .filter({ hasText: /shown$/ })
    .waitFor();
  await page.screenshot({ path: path.join(outDir, 'inbox-filtered.png') });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Deadline' });

  await page
    .getByRole('link', { name: `Unread: ${mostUrgent.title}`, exact: true })
    .first()
    .click();
  await page.getByRole('heading', { level: 2, name: mostUrgent.title, exact: true }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'detail.png') });

  await shootHealthHistory(browser, viewport);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Save' }).waitFor();
  await page.getByRole('region', { name: 'Data folder' }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'settings.png'), fullPage: true });
  // Its new part with the system in dark mode and the theme left "As the system".
  await page.emulateMedia({ colorScheme: 'dark' });
  await page
    .getByRole('group', { name: 'Desktop notifications' })
    // Below the sticky header.
    .evaluate((group) =>
      (globalThis as unknown as { scrollBy(x: number, y: number): void }).scrollBy(
        0,
        group.getBoundingClientRect().top - 150,
      ),
    );
  await page.screenshot({ path: path.join(outDir, 'settings-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.goto(`${host.pageUrl.href}#/appeal/${encodeURIComponent(appealId)}`);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('button', { name: /Actions taken/ }).click();
  await page.getByRole('heading', { level: 3, name: 'Step 3 of 7: Actions taken' }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'appeal-step.png'), fullPage: true });
  await steps.getByRole('button', { name: /Review/ }).click();
  await page.getByRole('list', { name: 'The checker’s findings' }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'appeal-review.png'), fullPage: true });

  await page.getByRole('link', { name: 'Appeals', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search appeals' }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'appeals.png') });

  await page.goto(`${host.pageUrl.href}#/help/${encodeURIComponent(supportFor.id)}`);
  await page.getByRole('heading', { level: 3, name: /^Seller Central for / }).waitFor();
  await page.getByRole('list', { name: 'Contacts with Seller Support' }).waitFor();
  await page.screenshot({ path: path.join(outDir, 'help.png'), fullPage: true });

  // The browser prefers Simplified Chinese, and the settings say "As the system".
  const chinese = await browser.newPage({ viewport, colorScheme: 'light', locale: 'zh-CN' });
  await chinese.goto(`${host.pageUrl.href}#/`);
  await chinese.getByRole('status', { name: /^未读通知：\d+ 条$/ }).waitFor();
  await chinese.getByRole('button', { name: /^政策合规性，\d+ 条未读$/ }).waitFor();
  await chinese.screenshot({ path: path.join(outDir, 'inbox-zh.png') });
  console.log(
    `wrote ${path.relative(process.cwd(), path.join(outDir, 'today.png'))}, inbox.png, inbox-filtered.png, detail.png, health.png, settings.png, settings-dark.png, appeal-step.png, appeal-review.png, appeals.png, help.png and inbox-zh.png`,
  );
} finally {
  await browser.close();
  await host.stop();
  await rm(dataDir, { recursive: true, force: true });
}

/**
 * Account health with a month and more of history: a second host on its own data folder whose
 * clock runs a day a second from weeks ago, put to sleep once the history reaches today, so the
 * chart shows the demo's metrics drifting against their targets.
 */
async function shootHealthHistory(browser: Browser, viewport: { width: number; height: number }): Promise<void> {
  const days = 40;
  const historyDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-screenshots-history-'));
  const start = new Date(Date.now() - days * 86_400_000).toISOString();
  const historyHost = await startFlagwatch({ dataDir: historyDir, demoSeed: 1, clock: { start, speed: 86_400 } });
  try {
    const client = await connectContractClient(historyHost.pageUrl);
    await firstCheckDone(client.api);
    const { accounts } = await client.api.invoke('inbox.get', {});
    const request = { accountId: accounts[0]!.id, marketplaceId: accounts[0]!.marketplaceIds[0]!, days: 90 };
    for (;;) {
      const history = await client.api.invoke('metrics.history', request);
      if (Math.max(0, ...history.map((h) => h.points.length)) >= days) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    historyHost.signal('SIGTSTP');
    client.close();
    const page = await browser.newPage({ viewport, colorScheme: 'light', locale: 'en-US' });
    await page.goto(`${historyHost.pageUrl.href}#/health`);
    await page.getByRole('heading', { level: 2, name: 'Account health' }).waitFor();
    await page.getByRole('region', { name: 'History' }).first().locator('[data-points] canvas').waitFor();
    await page.screenshot({ path: path.join(outDir, 'health.png') });
    await page.close();
  } finally {
    await historyHost.stop();
    await rm(historyDir, { recursive: true, force: true });
  }
}

/** An appeal begun from a notification naming ASINs, part written, with what the checker flags. */
async function draftAppeal(api: FlagwatchApi, notifications: readonly PerformanceNotification[]): Promise<string> {
  const from = notifications.find((n) => n.status === 'open' && n.asins.length > 0) ?? notifications[0];
  if (!from) throw new Error('the demo inbox has no notification to appeal');
  const { appeal } = await api.invoke('appeals.create', { notificationId: from.id });
  const amazon = appeal.versions[0]!.content.amazon;
  await api.invoke('appeals.saveVersion', {
    id: appeal.id,
    content: {
      amazon,
      rootCauses: [
        {
          id: 'rc1',
          text: 'The packing checklist had no step to compare the item picked with the listing, so two look-alike variations were mixed up.',
          why: ['The checklist was written before we added the variations in February.'],
        },
        { id: 'rc2', text: 'It was human error.', why: [''] },
      ],
      actions: [
        {
          id: 'a1',
          text: 'On 4 March we added a scan of each item against its listing before packing.',
          date: '2026-03-04',
          owner: 'Dana Lee, warehouse lead',
          evidence: 'The updated checklist and the scan log of 4–10 March',
          rootCauseId: 'rc1',
        },
        { id: 'a2', text: 'We will train the team.', date: '', owner: '', evidence: '', rootCauseId: null },
      ],
      preventions: [
        {
          id: 'p1',
          text: 'We audit 50 shipped orders every week against the checklist.',
          owner: 'Dana Lee',
          frequency: 'Weekly',
          measure: 'Errors found per 50 orders, reviewed monthly',
        },
      ],
      evidence: {},
    },
  });
  return appeal.id;
}

/** An appeal on a German notification, both attempts rejected, with a call-back logged about it. */
async function answeredAppeal(
  api: FlagwatchApi,
  notifications: readonly PerformanceNotification[],
): Promise<PerformanceNotification> {
  const from =
    notifications.find((n) => n.status === 'open' && n.marketplaceId === 'A1PA6795UKMFR9') ?? notifications[0];
  if (!from) throw new Error('the demo inbox has no notification to appeal');
  const { appeal } = await api.invoke('appeals.create', { notificationId: from.id });
  for (const [index, text] of ['The first plan of action.', 'A second plan, with the invoices.'].entries()) {
    await api.invoke('appeals.recordSubmission', {
      id: appeal.id,
      at: new Date(Date.now() - (3 - index) * 86_400_000).toISOString(),
      channel: index === 0 ? 'appeal-button' : 'account-health',
      text,
      attachments: [],
      confirmed: true,
    });
    await api.invoke('appeals.recordAnswer', {
      id: appeal.id,
      attempt: index,
      answer: { kind: 'rejected', text: 'Insufficient information.', at: new Date().toISOString() },
    });
  }
  await api.invoke('support.recordContact', {
    at: new Date(Date.now() - 86_400_000).toISOString(),
    channel: 'phone',
    caseId: '1234567890',
    note: 'Asked to add the supplier invoices to the case.',
    notificationId: from.id,
    confirmed: true,
  });
  return from;
}

/** Without a font that has Chinese characters, Chromium draws boxes instead of them. */
function assertChineseFont(): void {
  if (chineseFonts().trim() !== '') return;
  throw new Error(
    'No font with Chinese characters is installed, so inbox-zh.png would show boxes. ' +
      'Install one (Debian: apt-get install -y fonts-wqy-microhei) and run again.',
  );
}

/** The font families fontconfig knows for Chinese; a placeholder where there is no fontconfig to ask. */
function chineseFonts(): string {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    return 'the system fonts';
  }
}
