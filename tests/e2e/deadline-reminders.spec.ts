// Deadline reminders end to end: `flagwatch serve` on a simulated clock (two hours a second,
// Shanghai time) raises the 72, 24 and 4 hour reminders through node-notifier to a real
// notification daemon, once each, across a restart; quiet hours (22:00-07:00) hold back a reminder
// more than 24 hours out until they end, and let those within 24 hours through. The inbox is
// written into the data folder before the start and no source runs, so nothing else moves it.
import Conf from 'conf';
import { openStores } from '../../main/adapters/store/open-stores';
import { defaultSettings } from '../../preload/contract';
import { inboxItem } from '../support/fixtures';
import type { NotificationDaemon } from '../support/notification-daemon';
import type { FlagwatchProcess } from './support/flagwatch-process';
import { waitForHostTime } from './support/host-clock';
import { expect, test, type Serve, type Served } from './support/test';

const zone = { TZ: 'Asia/Shanghai', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const speed = 7200;
const hour = 3_600_000;
/** Monday 2 November 2026, 08:00 in Shanghai. */
const start = Date.parse('2026-11-02T08:00:00+08:00');
const at = (hours: number) => new Date(start + hours * hour).toISOString();

// A: due 73 h after the start; its leads fall at 09:00 Mon, 09:00 Wed and 05:00 Thu (quiet, within 24 h).
const planA = inboxItem({ key: 'poa', title: 'Plan of action requested', severity: 'high', deadline: at(73) });
// B: due 88 h after the start; its 72-hour lead falls at 00:00 Tue (quiet: held until 07:00), its
// 24-hour lead at 00:00 Thu (quiet, but within 24 h), its 4-hour lead at 20:00 Thu.
const listingB = inboxItem({
  key: 'listing',
  title: 'Listing policy warning',
  severity: 'warning',
  deadline: at(88),
});

/** The host on the simulated clock from `hours` after the start, showing to `daemon`. */
function serveFrom(serve: Serve, daemon: NotificationDaemon, hours: number): Promise<Served> {
  return serve({ source: 'spapi', clock: { start: at(hours), speed }, env: { ...daemon.env, ...zone } });
}

async function reminders(daemon: NotificationDaemon) {
  return (await daemon.history()).filter((n) => / left: /.test(n.summary)).map((n) => n.summary);
}

/** The app time (hours after the start) each reminder was shown at, by its title, from the log. */
function shownAt(process: FlagwatchProcess): Array<[string, number]> {
  return process.logLines.flatMap((line) => {
    const match = / info reminder shown .* title="([^"]+)" at="([^"]+)"/.exec(line);
    return match ? [[match[1]!, Math.round((Date.parse(match[2]!) - start) / hour)] as [string, number]] : [];
  });
}

test('the 72, 24 and 4 hour reminders arrive once each, across a restart, and quiet hours hold back only those beyond 24 hours', async ({
  dataDir,
  daemon,
  serve,
}) => {
  test.setTimeout(180_000);
  const stores = openStores({ dataDir, StoreClass: Conf });
  stores.settings.write({
    settings: {
      ...defaultSettings,
      quietHours: { enabled: true, start: '22:00', end: '07:00' },
      digest: { ...defaultSettings.digest, enabled: false },
    },
  });
  stores.inbox().write({ notifications: [planA, listingB], accounts: [], lastSuccessAt: null });

  // Monday 08:00 to Wednesday 20:00.
  const first = await serveFrom(serve, daemon, 0);
  await waitForHostTime(first.client.api, start + 60 * hour);
  const raisedBeforeRestart = [
    '72 hours left: Plan of action requested',
    '65 hours left: Listing policy warning',
    '24 hours left: Plan of action requested',
  ];
  await expect.poll(() => reminders(daemon)).toEqual(raisedBeforeRestart);
  expect(shownAt(first.host)).toEqual([
    ['72 hours left: Plan of action requested', 1],
    // Its 72-hour lead fell at midnight, in quiet hours: it came when they ended, at 07:00.
    ['65 hours left: Listing policy warning', 23],
    ['24 hours left: Plan of action requested', 49],
  ]);
  expect(first.host.logLines.some((l) => / info reminder held back .*reason="quiet hours"/.test(l))).toBe(true);
  first.client.close();
  await first.host.stop();

  // Restarted an hour later: nothing raised before comes again; the rest come at their time,
  // the two within 24 hours through quiet hours.
  const second = await serveFrom(serve, daemon, 61);
  await waitForHostTime(second.client.api, start + 86 * hour);
  // The daemon's history: the three from before the restart, once each, then the rest.
  await expect
    .poll(() => reminders(daemon))
    .toEqual([
      ...raisedBeforeRestart,
      '24 hours left: Listing policy warning',
      '4 hours left: Plan of action requested',
      '4 hours left: Listing policy warning',
    ]);
  expect(shownAt(second.host)).toEqual([
    // Thursday 00:00 and 05:00: in quiet hours, within 24 hours.
    ['24 hours left: Listing policy warning', 64],
    ['4 hours left: Plan of action requested', 69],
    ['4 hours left: Listing policy warning', 84],
  ]);
});
