// axe-core over every view of the window, in a real browser against `flagwatch serve` and the
// demo source: no serious or critical finding anywhere, dialogs included. The list of views is
// the router's: a new view is one more entry here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { firstCheckDone } from './support/host-checks';
import { expect, test } from './support/test';

// Evaluated by the test's browser driver, so the page's content security policy stays as shipped
// (it rightly refuses a script tag it did not serve).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The serious and critical findings on the page as it is now, as "rule: help (targets)". */
async function seriousFindings(page: Page): Promise<string[]> {
  // Strings: this program has no DOM types.
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.evaluate(axeSource);
  const { violations, passes } = await page.evaluate<{ violations: Finding[]; passes: number }>(
    'axe.run().then((r) => ({ violations: r.violations, passes: r.passes.length }))',
  );
  expect(passes, 'axe checked nothing: did it run on the page?').toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

test('no serious or critical axe finding on any view, nor in the dialogs', async ({ page, serve }) => {
  const { host, client } = await serve({ demoSeed: 7 });
  await firstCheckDone(client.api);
  const { notifications } = await client.api.invoke('inbox.get', {});
  const notice = notifications.find((n) => n.status === 'open')!;
  const { appeal } = await client.api.invoke('appeals.create', { notificationId: notice.id });

  // Every route of renderer/app/route.ts, each with something its view waits for.
  const views: [hash: string, ready: (page: Page) => ReturnType<Page['getByRole']>][] = [
    ['#/today', (p) => p.getByRole('region', { name: 'Today' })],
    ['#/', (p) => p.getByRole('list', { name: 'Notifications' })],
    [
      `#/notification/${encodeURIComponent(notice.id)}`,
      (p) => p.getByRole('heading', { level: 2, name: notice.title }),
    ],
    ['#/appeals', (p) => p.getByRole('heading', { level: 2 }).first()],
    [`#/appeal/${encodeURIComponent(appeal.id)}`, (p) => p.getByRole('heading', { level: 2 }).first()],
    // With a history drawn: its controls, words and table are checked too.
    ['#/health', (p) => p.getByRole('region', { name: 'History' }).first().getByText('Values by day')],
    ['#/accounts', (p) => p.getByRole('heading', { level: 2, name: 'Amazon accounts' })],
    ['#/settings', (p) => p.getByRole('combobox', { name: 'Language' })],
    ['#/help', (p) => p.getByRole('heading', { level: 2 }).first()],
    [`#/help/${encodeURIComponent(notice.id)}`, (p) => p.getByRole('heading', { level: 2 }).first()],
    ['#/notice/new', (p) => p.getByRole('heading', { level: 2 }).first()],
  ];

  await page.goto(host.pageUrl.href);
  const findings: Record<string, string[]> = {};
  for (const [hash, ready] of views) {
    await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
    await expect(ready(page)).toBeVisible();
    findings[hash] = await seriousFindings(page);
  }

  // The mailbox form, open below the Amazon accounts.
  await page.evaluate("window.location.hash = '#/accounts'");
  await page.getByRole('button', { name: 'Add mailbox' }).click();
  await expect(page.getByRole('form', { name: 'Add a mailbox' })).toBeVisible();
  findings['mailbox form'] = await seriousFindings(page);

  // The dialogs: the shortcut help, and the snooze choices.
  await page.evaluate("window.location.hash = '#/'");
  await expect(page.getByRole('list', { name: 'Notifications' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  findings['shortcut help'] = await seriousFindings(page);
  await page.keyboard.press('Escape');
  await page
    .getByRole('button', { name: /^Snooze: / })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  findings['snooze dialog'] = await seriousFindings(page);

  expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((k) => [k, []])));
});
