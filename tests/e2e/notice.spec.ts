// Amazon's notices end to end: pasted into the real window served by `flagwatch serve` in
// Chromium (the structured notification appears with its ASINs and deadline, once however
// often it is pasted), and `flagwatch notice parse` run from the built bin.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertBuilt } from './support/flagwatch-process';
import { firstCheckDone } from './support/host-checks';
import { expect, test } from './support/test';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(projectRoot, 'bin', 'flagwatch.js');
const sampleFile = (name: string) => path.join(projectRoot, 'tests', 'fixtures', 'notices', `${name}.txt`);

test('a pasted notice becomes one structured notification, with its ASINs and deadline', async ({ page, serve }) => {
  const { host, client } = await serve({ demoSeed: 3 });
  await firstCheckDone(client.api);

  await page.goto(`${host.pageUrl.href}#/notice/new`);
  await expect(page.getByRole('heading', { level: 2, name: 'Add a notification from text' })).toBeVisible();
  const text = await readFile(sampleFile('ja-kigen-hiduke'), 'utf8');
  await page.getByRole('textbox', { name: 'Notification text' }).fill(text);
  await page.getByRole('button', { name: 'Read the text' }).click();

  const fields = page.getByRole('form', { name: 'What Flagwatch read' });
  await expect(fields.getByRole('textbox', { name: 'ASINs' })).toHaveValue('B0B8ZK3Q7M');
  await expect(fields.getByText('Stated as: 2026年12月5日（土）まで')).toBeVisible();
  await fields.getByRole('combobox', { name: 'Marketplace' }).selectOption('A1PA6795UKMFR9');
  await fields.getByRole('button', { name: 'Save notification' }).click();
  await expect(
    page.getByText(/^(Saved as a new notification|Added to the notification Flagwatch already had)/),
  ).toBeVisible();

  // The host holds it, structured, and saved it.
  const withAsin = async () =>
    (await client.api.invoke('inbox.get', {})).notifications.filter((n) => n.asins.includes('B0B8ZK3Q7M'));
  const [saved] = await withAsin();
  // The stated day ends at midnight in Germany, the marketplace it was saved to.
  expect(saved).toMatchObject({
    marketplaceId: 'A1PA6795UKMFR9',
    deadline: '2026-12-05T22:59:59.000Z',
    status: 'open',
  });
  expect(saved?.notice).toMatchObject({ origin: 'paste', language: 'ja', deadlineText: '2026年12月5日（土）まで' });

  // Pasted again: the same notification, not a second one.
  await fields.getByRole('button', { name: 'Save notification' }).click();
  await expect(page.getByText('This notification was already in the inbox.')).toBeVisible();
  expect(await withAsin()).toHaveLength(1);

  // Its page shows the ASIN and the deadline.
  await page.getByRole('link', { name: 'Open it' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'B0B8ZK3Q7M' })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Deadline' })).toBeVisible();

  // A check of the demo source later does not resolve it.
  await client.api.invoke('poll.refresh', {});
  await firstCheckDone(client.api);
  expect((await withAsin())[0]?.status).toBe('open');
});

/** Runs the built `flagwatch` with these arguments, feeding `stdin`; answers its exit code and output. */
function runBin(args: string[], stdin = '', env: Record<string, string> = {}) {
  assertBuilt();
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, LANG: 'en_US.UTF-8', TZ: 'UTC', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

test('flagwatch notice parse FILE --json prints the fields and exits 0', async () => {
  const run = await runBin([
    'notice',
    'parse',
    sampleFile('en-inauthentic-listings-removed'),
    '--json',
    '--received',
    '2026-11-20T10:00:00Z',
  ]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(JSON.parse(run.stdout)).toEqual({
    title:
      'We are reaching out because we received customer complaints about the authenticity of the following products you listed.',
    metricGroup: 'policy-compliance',
    policy: 'Anti-Counterfeiting Policy',
    asins: ['B0C7KQ2M4X', 'B0D1TR88PL', '0306406152'],
    deadline: '2026-12-07T10:00:00.000Z',
    deadlineText: 'within 17 days',
    requiredAction:
      'To reactivate your listings, please submit a plan of action and invoices from the last 365 days through the Account Health page within 17 days of the date of this notice.',
    language: 'en',
    links: [],
    deadlineDay: null,
  });
});

test('flagwatch notice parse - reads standard input, in Chinese under LANG=zh_CN', async () => {
  const text = await readFile(sampleFile('de-richtlinienwarnung-datum'), 'utf8');
  const run = await runBin(['notice', 'parse', '-'], text, { LANG: 'zh_CN.UTF-8' });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('ASIN: B0DD4K7PQZ');
  expect(run.stdout).toContain('原文：bis zum 30. November 2026');
});

test('flagwatch notice parse exits 1 with the reason for a text that is not a notice', async () => {
  const run = await runBin(['notice', 'parse', sampleFile('not-a-notice-order')]);
  expect(run).toEqual({
    code: 1,
    stdout: '',
    stderr:
      'flagwatch notice parse: Not a performance notification: This text does not look like an Amazon performance notification.\n',
  });
});
