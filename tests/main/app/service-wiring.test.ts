// How the app service ties its parts together: which Settings changes reach the shell and the
// poll timer, which events the windows are told of, and the commands it hands to its parts.
import { describe, expect, it } from 'vitest';
import type { HostPort, Source } from '../../../main/app/ports';
import type { RecordPdfWriter } from '../../../main/app/ports/record-pdf';
import { createFlagwatchApp } from '../../../main/app/service';
import { dayNumber } from '../../../main/core/health/metric-series';
import type { WatchedMailbox } from '../../../main/core/mailbox/unreadable-mailboxes';
import type { Badge, EventName, InboxView } from '../../../preload/contract';
import { createFakeClock } from '../../support/fake-clock';
import { snapshot, sourceNotification } from '../../support/fixtures';
import { memoryStores } from '../../support/memory-stores';
import { appeal } from '../core/appeal/fixtures';
import { testAppDependencies, turnOffMorningDigest } from '../../support/app-dependencies';

const minute = 60_000;
const eventNames: EventName[] = [
  'inbox.changed',
  'status.changed',
  'today.open',
  'help.open',
  'notice.paste',
  'mailboxes.changed',
];

function setup({
  host,
  failFrom = Infinity,
  recordPdf,
  mailboxWatches,
}: {
  host?: HostPort;
  failFrom?: number;
  recordPdf?: RecordPdfWriter;
  mailboxWatches?: () => readonly WatchedMailbox[];
} = {}) {
  const clock = createFakeClock();
  const stores = memoryStores();
  turnOffMorningDigest(stores);
  let polls = 0;
  const source: Source = {
    id: 'test',
    minIntervalMs: minute,
    poll: async () => {
      polls++;
      if (polls >= failFrom) throw new Error('Amazon did not answer');
      return snapshot([sourceNotification()], { takenAt: clock.now().toISOString() });
    },
  };
  const logged: Array<{ message: string; fields: unknown }> = [];
  const app = createFlagwatchApp(
    testAppDependencies({
      stores,
      sources: [source],
      clock,
      logger: { info() {}, warn() {}, error: (message, fields) => void logged.push({ message, fields }) },
      random: () => 0,
      ...(host ? { host } : {}),
      ...(recordPdf ? { recordPdf } : {}),
      ...(mailboxWatches ? { mailboxWatches } : {}),
    }),
  );
  const events: Array<{ event: EventName; payload: unknown }> = [];
  for (const event of eventNames) app.on(event, (payload) => events.push({ event, payload }));
  const named = (event: EventName) => events.filter((e) => e.event === event);
  return { app, clock, stores, events, named, logged, polls: () => polls };
}

describe('app service wiring: Settings changes', () => {
  it('tells the shell to start with the system only when that setting changes', async () => {
    const calls: boolean[] = [];
    const { app } = setup({ host: { kind: 'electron', setLaunchAtLogin: (open) => void calls.push(open) } });
    await app.handlers['settings.update']({ launchAtLogin: true });
    await app.handlers['settings.update']({ pollIntervalMinutes: 30 });
    await app.handlers['settings.update']({ launchAtLogin: false });
    expect(calls).toEqual([true, false]);
  });

  it('changes nothing in the shell when it cannot start the app with the system', async () => {
    const { app } = setup({ host: { kind: 'browser' } });
    expect(await app.handlers['settings.update']({ launchAtLogin: true })).toMatchObject({ launchAtLogin: true });
  });

  it('keeps the poll timer when a setting other than the interval changes', async () => {
    const { app, clock, polls } = setup();
    await app.handlers['settings.update']({ pollIntervalMinutes: 5 });
    app.start();
    await clock.advance(0);
    await clock.advance(3 * minute);
    await app.handlers['settings.update']({ notificationsPaused: true });
    await clock.advance(2 * minute);
    expect(polls()).toBe(2);
    await app.stop();
  });

  it('tells the windows the new status after every change', async () => {
    const { app, named } = setup();
    await app.handlers['settings.update']({ notificationsPaused: true });
    expect(named('status.changed').at(-1)?.payload).toMatchObject({ notificationsPaused: true });
  });

  it('counts the badge anew when accounts are hidden, and not for other changes', async () => {
    const { app, clock, named } = setup();
    app.start();
    await clock.advance(0);
    const before = named('inbox.changed').length;
    await app.handlers['settings.update']({ pollIntervalMinutes: 30 });
    expect(named('inbox.changed')).toHaveLength(before);
    await app.handlers['settings.update']({ hidden: { accounts: ['acct-1'], marketplaces: [] } });
    const last = named('inbox.changed').at(-1)?.payload as { badge: { unread: number } } | undefined;
    expect(named('inbox.changed')).toHaveLength(before + 1);
    expect(last?.badge.unread).toBe(0);
    await app.stop();
  });
});

describe('app service wiring: events', () => {
  it('tells the windows the status while a poll runs and after it', async () => {
    const { app, clock, named } = setup();
    app.start();
    await clock.advance(0);
    const polling = named('status.changed').map((e) => (e.payload as { polling: boolean }).polling);
    expect(polling).toContain(true);
    expect(polling.at(-1)).toBe(false);
    await app.stop();
  });

  it('words the badge anew when a poll fails', async () => {
    const { app, clock, named } = setup({ failFrom: 2 });
    app.start();
    await clock.advance(0);
    const before = named('inbox.changed').length;
    await app.refreshNow();
    const last = named('inbox.changed').at(-1)?.payload as { badge: { state: string } } | undefined;
    expect(named('inbox.changed').length).toBeGreaterThan(before);
    expect(last?.badge.state).toBe('error');
    await app.stop();
  });

  it('tells the windows the status once the sources are replaced', async () => {
    const { app, named } = setup();
    await app.replaceSources([]);
    expect(named('status.changed').at(-1)?.payload).toMatchObject({ sources: [] });
  });

  it('asks the window to open Today, Help, the paste form and the mailboxes anew', () => {
    const { app, events } = setup();
    app.openToday();
    app.openHelp();
    app.openAddNotice();
    app.mailboxesChanged();
    expect(events.map((e) => e.event)).toEqual(['today.open', 'help.open', 'notice.paste', 'mailboxes.changed']);
  });

  it('tells the tray when a mailbox can no longer be read, and again when it can, but not on every read', () => {
    const mailbox: WatchedMailbox = { config: { user: 'seller@example.com', host: 'imap.example.com' }, watch: null };
    const { app, named } = setup({ mailboxWatches: () => [mailbox] });
    const badges = () => named('inbox.changed').map((e) => (e.payload as InboxView).badge);
    const readAgain = (state: 'watching' | 'failing') => {
      mailbox.watch = { state };
      app.mailboxesChanged();
    };

    readAgain('watching');
    expect(badges()).toEqual([]);
    readAgain('failing');
    readAgain('failing');
    expect(badges().map((b: Badge) => b.state)).toEqual(['error']);
    expect(badges()[0]!.tooltip).toContain('Cannot read seller@example.com on imap.example.com');
    expect(app.badge().state).toBe('error');
    readAgain('watching');
    expect(badges().map((b: Badge) => b.state)).toEqual(['error', 'idle']);
    expect(named('mailboxes.changed')).toHaveLength(4);
  });

  it('logs a listener that fails, and goes on', () => {
    const { app, logged } = setup();
    app.on('help.open', () => {
      throw new Error('window gone');
    });
    app.openHelp();
    expect(logged).toEqual([{ message: 'event listener failed', fields: { error: 'Error: window gone' } }]);
  });
});

describe('app service wiring: commands and lifecycle', () => {
  it('describes a browser host by default', async () => {
    const { app } = setup();
    expect(await app.handlers['host.get']({})).toMatchObject({ kind: 'browser', launchAtLogin: false });
  });

  it('answers the metric history from the history store', async () => {
    const reading = { accountId: 'acct-1', marketplaceId: 'ATVPDKIKX0DER', metric: 'lateShipmentRate' };
    const { app, clock, stores } = setup();
    const at = clock.now().toISOString();
    stores
      .history()
      .write({ series: [{ latest: { ...reading, value: 0.05, at }, days: [dayNumber(at)], values: [0.05] }] });
    const history = await app.handlers['metrics.history']({ accountId: 'acct-1', marketplaceId: 'ATVPDKIKX0DER' });
    expect(history).toHaveLength(1);
  });

  it('lays an appeal record out as PDF with the host’s writer', async () => {
    const { app, stores } = setup({ recordPdf: async () => ({ ok: true, bytes: new Uint8Array([37, 80, 68, 70]) }) });
    stores.appeals().write({ appeals: [appeal()] });
    expect(await app.handlers['appeals.export']({ id: 'appeal-1', format: 'pdf' })).toMatchObject({
      encoding: 'base64',
      content: 'JVBERg==',
    });
  });

  it('says a PDF cannot be made where the host has no writer', async () => {
    const { app, stores } = setup();
    stores.appeals().write({ appeals: [appeal()] });
    await expect(app.handlers['appeals.export']({ id: 'appeal-1', format: 'pdf' })).rejects.toThrow(
      'PDF export is not available here',
    );
  });

  it('answers the Seller Support contacts from the contacts store', async () => {
    const { app } = setup();
    expect(await app.handlers['support.contacts']({})).toEqual([]);
  });

  it('stops cleanly without having started', async () => {
    const { app } = setup();
    await expect(app.stop()).resolves.toBeUndefined();
  });
});
