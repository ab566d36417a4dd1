// Settings in a real browser against the real Node host: what is saved survives a restart of
// `flagwatch serve`, and a backup downloaded from one data folder, uploaded into an empty one,
// gives the same inbox once Flagwatch is started again. A bad backup is refused and changes nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { FlagwatchProcess } from './support/flagwatch-process';
import { firstCheckDone } from './support/host-checks';
import { expect, test, type Served } from './support/test';

async function stop({ host, client }: Served): Promise<void> {
  client.close();
  expect(await host.stop()).toBe(0);
}

async function openSettings(page: Page, host: FlagwatchProcess): Promise<void> {
  await page.goto(`${host.pageUrl.href}#/settings`);
  await expect(page.getByRole('form', { name: 'Settings' })).toBeVisible();
}

test('settings persist across a restart', async ({ page, serve }) => {
  let running = await serve({ demoSeed: 7 });
  await firstCheckDone(running.client.api);
  await openSettings(page, running.host);

  await page.getByRole('spinbutton', { name: 'Check every' }).fill('45');
  await page.getByRole('checkbox', { name: 'Shipping Performance' }).uncheck();
  await page.getByRole('checkbox', { name: 'Play a sound for Info notifications' }).uncheck();
  await page.getByRole('checkbox', { name: 'Northwind Home Goods' }).uncheck();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const saved = await running.client.api.invoke('settings.get', {});
  // Hidden: the window shows only the other account's notifications.
  const shown = await running.client.api.invoke('inbox.get', {});
  const northwind = shown.accounts.find((a) => a.name === 'Northwind Home Goods')!;
  expect(shown.notifications.some((n) => n.accountId === northwind.id)).toBe(false);

  await stop(running);
  running = await serve({ demoSeed: 7 });
  expect(await running.client.api.invoke('settings.get', {})).toEqual(saved);
  await openSettings(page, running.host);
  await expect(page.getByRole('spinbutton', { name: 'Check every' })).toHaveValue('45');
  await expect(page.getByRole('checkbox', { name: 'Shipping Performance' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Policy Compliance' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Play a sound for Info notifications' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Northwind Home Goods' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Bluefin Outdoor Supply' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The browser host cannot start with the system, and says so.
  const launch = page.getByRole('checkbox', { name: 'Start Flagwatch when I log in' });
  await expect(launch).toBeDisabled();
  await expect(launch).toHaveAccessibleDescription(/^Does not apply here/);
});

test('backup then restore into an empty data folder gives the same inbox', async ({
  page,
  serve,
  dataDir: first,
  tempDir,
}) => {
  const [empty, downloads] = [await tempDir(), await tempDir()];
  const original = await serve({ demoSeed: 7 });
  await firstCheckDone(original.client.api);
  const [one] = (await original.client.api.invoke('inbox.get', {})).notifications;
  await original.client.api.invoke('notification.setRead', { id: one!.id, read: true });
  await original.client.api.invoke('notification.snooze', { id: one!.id, until: '2030-01-01T00:00:00.000Z' });
  await openSettings(page, original.host);
  const section = page.getByRole('region', { name: 'Data folder' });
  await expect(section.getByText(first, { exact: true })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Back up' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^flagwatch-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupFile = path.join(downloads, download.suggestedFilename());
  await download.saveAs(backupFile);
  await expect(section.getByRole('status')).toHaveText(`Backup saved as ${download.suggestedFilename()}.`);
  const inbox = await original.client.api.invoke('inbox.get', {});
  const settings = await original.client.api.invoke('settings.get', {});
  await stop(original);

  // The second folder runs with no source at all, so no check changes the inbox it is given.
  const idle = { dataDir: empty, source: 'spapi' };
  let restoring = await serve(idle);
  expect((await restoring.client.api.invoke('inbox.get', {})).notifications).toEqual([]);
  await openSettings(page, restoring.host);
  const upload = page.getByLabel('Backup file to restore');

  // A backup cut short is refused, and nothing waits for the next start.
  const text = await readFile(backupFile, 'utf8');
  const truncated = `${backupFile}.truncated.json`;
  await writeFile(truncated, text.slice(0, Math.floor(text.length / 2)));
  await upload.setInputFiles(truncated);
  await expect(page.getByRole('alert')).toHaveText(
    'Could not restore the backup: the file is incomplete or not a Flagwatch backup (it cannot be read as JSON). Nothing was changed.',
  );
  await stop(restoring);
  restoring = await serve(idle);
  expect((await restoring.client.api.invoke('inbox.get', {})).notifications).toEqual([]);

  await openSettings(page, restoring.host);
  await page.getByLabel('Backup file to restore').setInputFiles(backupFile);
  await expect(page.getByRole('region', { name: 'Data folder' }).getByRole('status')).toContainText(
    'Restart Flagwatch to finish',
  );
  // Until the restart nothing has changed.
  expect((await restoring.client.api.invoke('inbox.get', {})).notifications).toEqual([]);
  await stop(restoring);

  const restored = await serve(idle);
  const after = await restored.client.api.invoke('inbox.get', {});
  expect(after.notifications).toEqual(inbox.notifications);
  expect(after.accounts).toEqual(inbox.accounts);
  expect(after.badge.unread).toBe(inbox.badge.unread);
  expect(await restored.client.api.invoke('settings.get', {})).toEqual(settings);
  await page.goto(`${restored.host.pageUrl.href}#/`);
  await expect(page.getByRole('status', { name: `Unread notifications: ${inbox.badge.unread}` })).toBeVisible();
});

test.describe('both themes', () => {
  // axe-core is put into the page by the test, which the page's own policy would refuse.
  test.use({ bypassCSP: true });

  test('Settings and the inbox have no serious or critical axe-core finding, contrast included', async ({
    page,
    serve,
  }) => {
    const { host, client } = await serve({ demoSeed: 7 });
    await firstCheckDone(client.api);
    const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    // The system's choice first, then each theme pinned against the system's.
    const cases = [
      { theme: 'system', scheme: 'dark', expected: 'rgb(21, 24, 29)' },
      { theme: 'dark', scheme: 'light', expected: 'rgb(21, 24, 29)' },
      { theme: 'light', scheme: 'dark', expected: 'rgb(245, 246, 248)' },
    ] as const;
    for (const { theme, scheme, expected } of cases) {
      await client.api.invoke('settings.update', { theme });
      await page.emulateMedia({ colorScheme: scheme });
      const shown = {
        '#/settings': page.getByRole('heading', { level: 2, name: 'Settings' }),
        '#/': page.getByRole('list', { name: 'Notifications' }),
      };
      for (const [view, content] of Object.entries(shown)) {
        await page.goto(`${host.pageUrl.href}${view}`);
        await expect(content).toBeVisible();
        await expect(page.locator('html')).toHaveCSS('background-color', expected);
        await page.addScriptTag({ path: axe });
        const findings = await page.evaluate(async () => {
          // The page's own globals: this program is type-checked without the DOM's.
          const page = globalThis as unknown as { axe: AxeRunner; document: unknown };
          const { violations } = await page.axe.run(page.document);
          return violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(findings, `${theme} theme, system ${scheme}, ${view}`).toEqual([]);
      }
    }
  });
});

interface AxeRunner {
  run(
    context: unknown,
  ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }>;
}
