// The morning digest end to end: `flagwatch serve` on a simulated clock (two hours a second,
// Shanghai time) raises it through node-notifier to a real notification daemon once at the set
// time, again the next day, not on an unchecked day, once on waking from a sleep across its
// time, and at the end of quiet hours. The Today view and `flagwatch digest` say the same.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Conf from 'conf';
import { openStores } from '../../main/adapters/store/open-stores';
import { translatorFor } from '../../main/core/i18n/catalogues';
import { defaultSettings, type DigestSummary } from '../../preload/contract';
import type { NotificationDaemon } from '../support/notification-daemon';
import type { FlagwatchProcess } from './support/flagwatch-process';
import { firstCheckDone } from './support/host-checks';
import { waitForHostTime } from './support/host-clock';
import { expect, test } from './support/test';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const zone = { TZ: 'Asia/Shanghai', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
/** Two simulated hours per wall second: a day in 12 s. */
const speed = 7200;
const digestTitle = /^(\d+ open performance notifications?, \d+ unread|All clear)$/;
const groupLine = /^(.+): (\d+) open, (\d+) unread$/;

/** What the host logged for each digest it showed: the day it was for, and when (its clock). */
function digestsLogged(process: FlagwatchProcess): Array<{ day: string; at: string }> {
  return process.logLines.flatMap((line) => {
    const match = / info digest shown day="([^"]+)" at="([^"]+)"/.exec(line);
    return match ? [{ day: match[1]!, at: match[2]! }] : [];
  });
}

async function digestsReceived(daemon: NotificationDaemon) {
  return (await daemon.history()).filter((n) => digestTitle.test(n.summary));
}

/** Local Shanghai wall-clock time of an instant, "2026-11-02 09:00". */
const shanghai = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);

async function digestCommand(dataDir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [path.join(projectRoot, 'bin', 'flagwatch.js'), 'digest', '--data-dir', dataDir, ...args],
    { env: { ...process.env, ...zone } },
  );
  return stdout;
}

test('the digest comes once a day at its time, not on an unchecked day, once on waking, after quiet hours', async ({
  page,
  dataDir,
  daemon,
  serve,
}) => {
  test.setTimeout(240_000);
  // Every day but Wednesday at 09:00; one check a day, so the inbox holds still between checks.
  openStores({ dataDir, StoreClass: Conf }).settings.write({
    settings: {
      ...defaultSettings,
      pollIntervalMinutes: 24 * 60,
      digest: { enabled: true, time: '09:00', days: [0, 1, 2, 4, 5, 6] },
    },
  });
  // Monday 2 November 2026, 08:00 in Shanghai.
  const { host, client } = await serve({
    demoSeed: 11,
    clock: { start: '2026-11-02T08:00:00+08:00', speed },
    env: { ...daemon.env, ...zone },
  });
  const { api } = client;
  await firstCheckDone(api);

  // Monday at 09:00.
  await waitForHostTime(api, Date.parse('2026-11-02T09:30:00+08:00'));
  await expect.poll(() => digestsReceived(daemon)).toHaveLength(1);
  expect(digestsLogged(host).map((d) => d.day)).toEqual(['2026-11-02']);

  // Tuesday and Thursday at 09:00; Wednesday is not checked.
  await waitForHostTime(api, Date.parse('2026-11-05T09:30:00+08:00'));
  await expect.poll(() => digestsReceived(daemon)).toHaveLength(3);
  const daily = digestsLogged(host);
  expect(daily.map((d) => d.day)).toEqual(['2026-11-02', '2026-11-03', '2026-11-05']);
  for (const { at } of daily) expect(shanghai(at)).toMatch(/ 09:0\d$/);

  // Friday: asleep from 07:00 until after 11:00, through the digest's time.
  await waitForHostTime(api, Date.parse('2026-11-06T07:00:00+08:00'));
  host.signal('SIGTSTP');
  await expect.poll(() => host.logLines.some((l) => l.includes(' info asleep '))).toBe(true);
  await waitForHostTime(api, Date.parse('2026-11-06T11:00:00+08:00'));
  expect(await digestsReceived(daemon)).toHaveLength(3);
  host.signal('SIGCONT');
  await expect.poll(() => digestsReceived(daemon)).toHaveLength(4);
  const woken = digestsLogged(host).at(-1)!;
  expect(woken.day).toBe('2026-11-06');
  expect(Date.parse(woken.at)).toBeGreaterThanOrEqual(Date.parse('2026-11-06T11:00:00+08:00'));

  // Asleep again, so no check changes the inbox: the digest, Today and `flagwatch digest` agree.
  host.signal('SIGTSTP');
  await expect.poll(() => host.logLines.filter((l) => l.includes(' info asleep ')).length).toBe(2);
  const digest = (await digestsReceived(daemon)).at(-1)!;
  const digestGroups = digest.body.split('\n').filter((line) => groupLine.test(line));
  expect(digestGroups.length).toBeGreaterThan(0);

  await page.goto(`${host.pageUrl.href}#/today`);
  const today = page.getByRole('region', { name: 'Today' });
  const open = today.getByRole('region', { name: 'Open notifications' });
  await expect(open.getByRole('listitem')).toHaveText(digestGroups);

  const json = JSON.parse(await digestCommand(dataDir, '--json')) as DigestSummary;
  expect(
    json.groups.map((g) => `${translatorFor('en').t(`group.${g.group}`)}: ${g.open} open, ${g.unread} unread`),
  ).toEqual(digestGroups);
  const [title, ...lines] = (await digestCommand(dataDir)).trimEnd().split('\n');
  expect(title).toBe(digest.summary);
  expect(lines.filter((line) => groupLine.test(line))).toEqual(digestGroups);
  // The most urgent deadline is the same notification everywhere.
  if (json.mostUrgent) {
    await expect(today.getByRole('region', { name: 'Most urgent deadline' }).getByRole('link')).toHaveAttribute(
      'href',
      `#/notification/${encodeURIComponent(json.mostUrgent.id)}`,
    );
    expect(digest.body).toContain(`Most urgent: ${json.mostUrgent.title} (`);
  }

  // Quiet hours until 10:30 move Saturday's digest there; waking again brings no second Friday one.
  await api.invoke('settings.update', { quietHours: { enabled: true, start: '08:00', end: '10:30' } });
  host.signal('SIGCONT');
  await waitForHostTime(api, Date.parse('2026-11-07T10:00:00+08:00'));
  expect(await digestsReceived(daemon)).toHaveLength(4);
  await waitForHostTime(api, Date.parse('2026-11-07T11:30:00+08:00'));
  await expect.poll(() => digestsReceived(daemon)).toHaveLength(5);
  const saturday = digestsLogged(host).at(-1)!;
  expect(saturday.day).toBe('2026-11-07');
  expect(shanghai(saturday.at)).toMatch(/^2026-11-07 10:3\d$/);
});
