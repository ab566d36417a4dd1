// The appeal record offline, in a real browser against the real Node host: appeals written on
// the demo account are listed, searched and opened again with the source switched off
// (`--source none`), exported as Markdown and PDF (read back with pdftotext, Chinese included)
// and copied as text; the `flagwatch appeals` command lists and exports the same.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppealContent, AppealSummary, PerformanceNotification } from '../../preload/contract';
import { demoWithOpenUsAndDe } from './support/demo-inbox';
import { expect, test, type Serve } from './support/test';

const bin = path.resolve(import.meta.dirname, '..', '..', 'bin', 'flagwatch.js');
const chineseCause = '拣货单漏掉了第二个库位，导致迟发。';

/** The CLI on `dataDir`, in English; what it printed. */
function flagwatch(dataDir: string, ...args: string[]): string {
  return execFileSync(process.execPath, [bin, ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** On the demo: an appeal on a US notification (submitted once) and one in Chinese on a German one. */
async function writeAppealsOnTheDemo(serve: Serve): Promise<{
  us: PerformanceNotification;
  de: PerformanceNotification;
  ids: string[];
}> {
  const { host, client, us, de } = await demoWithOpenUsAndDe(serve);
  const withCause = (content: AppealContent, text: string): AppealContent => ({
    ...content,
    rootCauses: [{ id: 'rc-1', text, why: [] }],
  });

  const first = await client.api.invoke('appeals.create', { notificationId: us.id, language: 'en' });
  const saved = await client.api.invoke('appeals.saveVersion', {
    id: first.appeal.id,
    content: withCause(first.appeal.versions[0]!.content, 'The pick list missed the second storage location.'),
  });
  await client.api.invoke('appeals.recordSubmission', {
    id: saved.appeal.id,
    at: new Date().toISOString(),
    channel: 'appeal-button',
    text: 'Root causes\n1. The pick list missed the second storage location.',
    attachments: [],
    confirmed: true,
  });
  const second = await client.api.invoke('appeals.create', { notificationId: de.id, language: 'zh-CN' });
  await client.api.invoke('appeals.saveVersion', {
    id: second.appeal.id,
    content: withCause(second.appeal.versions[0]!.content, chineseCause),
  });
  client.close();
  await host.stop();
  return { us, de, ids: [first.appeal.id, second.appeal.id] };
}

test('the appeals written on the demo, offline: list, search, open, export, copy, and the CLI', async ({
  page,
  context,
  dataDir,
  serve,
}) => {
  const { us, de, ids } = await writeAppealsOnTheDemo(serve);

  // The source switched off: only the saved data.
  const { host, client } = await serve({ source: 'none' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await page.goto(`${host.pageUrl.href}#/appeals`);
  const list = page.getByRole('list', { name: 'Appeals' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('link', { name: us.title })).toBeVisible();
  await expect(list.getByRole('link', { name: de.title })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: us.title })).toContainText('Attempt 1 of 2 used');

  // Searching by marketplace narrows it to the German one.
  await page.getByRole('searchbox', { name: 'Search appeals' }).fill('Germany');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('1 appeal of 2')).toBeVisible();

  // Opened with no source running: this host has checked nothing at all.
  await list.getByRole('link', { name: de.title }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Appeal: ${de.title}` })).toBeVisible();
  expect(await client.api.invoke('status.get', {})).toMatchObject({ lastPollAt: null, polling: false });

  // Markdown and PDF as downloads; the PDF's Chinese reads back.
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toBe(`${ids[1]}.md`);
  const markdownText = await readFile((await markdown.path())!, 'utf8');
  expect(markdownText).toContain(`# ${de.title}`);
  expect(markdownText).toContain(chineseCause);

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe(`${ids[1]}.pdf`);
  const pdfFile = path.join(dataDir, 'from-window.pdf');
  await pdf.saveAs(pdfFile);
  const fromWindow = pdfText(pdfFile);
  expect(fromWindow).toContain(chineseCause);
  expect(fromWindow).toContain('Germany (DE)');

  // Copied as plain text.
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('The appeal is on the clipboard.')).toBeVisible();
  const copied = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(copied.startsWith(`${de.title}\n\nStatus: Draft`)).toBe(true);
  expect(copied).toContain(chineseCause);

  // The CLI reads the same folder: the same appeals, and the same PDF text.
  const listed = JSON.parse(flagwatch(dataDir, 'appeals', '--json')) as AppealSummary[];
  expect(listed.map((a) => a.id).sort()).toEqual([...ids].sort());
  expect(flagwatch(dataDir, 'appeals')).toContain(us.title);
  const fromCli = path.join(dataDir, 'from-cli.pdf');
  expect(flagwatch(dataDir, 'appeals', 'export', ids[1]!, '--format', 'pdf', '--out', fromCli)).toContain('Wrote');
  expect(pdfText(fromCli)).toBe(fromWindow);
  const mdFromCli = path.join(dataDir, 'from-cli.md');
  flagwatch(dataDir, 'appeals', 'export', ids[1]!, '--format', 'md', '--out', mdFromCli);
  expect(await readFile(mdFromCli, 'utf8')).toBe(markdownText);
});
