import { describe, expect, it } from 'vitest';
import type { Source } from '../../../main/app/ports';
import { createFlagwatchApp } from '../../../main/app/service';
import type { Snapshot } from '../../../main/core/schema';
import { commands, type EventName } from '../../../preload/contract';
import { createFakeClock, type FakeClock } from '../../support/fake-clock';
import { snapshot, sourceNotification } from '../../support/fixtures';
import { memoryStores } from '../../support/memory-stores';
import { latestReadings } from '../../../main/core/health/metric-series';
import { recordingNotifier } from '../../support/recording-notifier';
import { testAppDependencies, turnOffMorningDigest } from '../../support/app-dependencies';
import { silentLogger } from '../../support/silent-logger';

const minute = 60_000;

/** A source that answers each poll with the next scripted snapshot (or error); the last one repeats. */
function scriptedSource(
  clock: FakeClock,
  script: Array<(now: string) => Snapshot | Error>,
): Source & { polls: number } {
  const source = {
    id: 'test',
    minIntervalMs: minute,
    polls: 0,
    async poll() {
      const step = script[Math.min(source.polls, script.length - 1)]!;
      source.polls++;
      const answer = step(clock.now().toISOString());
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return source;
}

const lsr = sourceNotification();
const odr = sourceNotification({
  group: 'customerService',
  metric: 'orderDefectRate.mfn',
  key: 'odr-1',
  title: 'Order Defect Rate above target',
});

function setup(
  script: Array<(now: string) => Snapshot | Error>,
  stores = memoryStores(),
  systemLanguages: readonly string[] = [],
) {
  const clock = createFakeClock();
  const source = scriptedSource(clock, script);
  // The clock starts at nine: the morning digest (tests/main/app/digest.test.ts) would join in.
  turnOffMorningDigest(stores);
  const notifier = recordingNotifier();
  const app = createFlagwatchApp(
    testAppDependencies({ stores, sources: [source], notifier, clock, random: () => 0, systemLanguages }),
  );
  const events: Array<{ event: EventName; payload: unknown }> = [];
  for (const event of ['inbox.changed', 'status.changed', 'notification.open'] as const) {
    app.on(event, (payload) => events.push({ event, payload }));
  }
  return { app, clock, source, shown: notifier.shown, stores, events };
}

describe('app service', () => {
  it('answers every command of the contract, and only those', () => {
    expect(Object.keys(setup([]).app.handlers).sort()).toEqual(Object.keys(commands).sort());
  });

  it('polls on start, persists the inbox, counts the badge and raises one native notification per new item', async () => {
    const { app, clock, shown, stores } = setup([(now) => snapshot([lsr, odr], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    expect(app.badge()).toMatchObject({ unread: 2, state: 'active' });
    expect(stores.inbox().read().notifications).toHaveLength(2);
    expect(shown.map((n) => n.title).sort()).toEqual([
      'Late Shipment Rate above target',
      'Order Defect Rate above target',
    ]);
    await app.stop();
  });

  it('never raises a second native notification for the same item on later polls', async () => {
    const { app, clock, shown, source } = setup([(now) => snapshot([lsr], { takenAt: now })]);
    app.start();
    await clock.advance(95 * minute);
    expect(source.polls).toBe(4);
    expect(shown).toHaveLength(1);
    await app.stop();
  });

  it('marks read and unread, persisting before it answers, and emits the new badge', async () => {
    const { app, clock, stores, events } = setup([(now) => snapshot([lsr, odr], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    const view = await app.handlers['inbox.get']({});
    const target = view.notifications[0]!;
    const writesBefore = stores.inbox().writes;
    const after = await app.handlers['notification.setRead']({ id: target.id, read: true });
    expect(after.badge.unread).toBe(1);
    expect(stores.inbox().writes).toBe(writesBefore + 1);
    expect(
      stores
        .inbox()
        .read()
        .notifications.find((n) => n.id === target.id)?.read,
    ).toBe(true);
    const lastInbox = events.filter((e) => e.event === 'inbox.changed').at(-1)?.payload as {
      badge: { unread: number };
    };
    expect(lastInbox.badge.unread).toBe(1);
    expect((await app.handlers['inbox.markAllRead']({})).badge.unread).toBe(0);
    await app.stop();
  });

  it('marks read only the notifications named, when given their ids, and leaves the others unread', async () => {
    const { app, clock } = setup([(now) => snapshot([lsr, odr], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    const [first, second] = (await app.handlers['inbox.get']({})).notifications;
    const after = await app.handlers['inbox.markAllRead']({ ids: [first!.id, 'n_not_there'] });
    expect(after.notifications.find((n) => n.id === first!.id)?.read).toBe(true);
    expect(after.notifications.find((n) => n.id === second!.id)?.read).toBe(false);
    expect(after.badge.unread).toBe(1);
    expect((await app.handlers['inbox.markAllRead']({ ids: [] })).badge.unread).toBe(1);
    await app.stop();
  });

  it('answers the inbox in its default order, by deadline (none last), whatever order it is stored in', async () => {
    const late = sourceNotification({ key: 'late', deadline: '2026-11-20T08:00:00.000Z' });
    const soon = sourceNotification({ key: 'soon', deadline: '2026-11-05T08:00:00.000Z' });
    const none = sourceNotification({ key: 'none', deadline: null });
    const { app, clock } = setup([(now) => snapshot([none, late, soon], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    const keys = async () => (await app.handlers['inbox.get']({})).notifications.map((n) => n.key);
    expect(await keys()).toEqual(['soon', 'late', 'none']);
    const [first] = (await app.handlers['inbox.get']({})).notifications;
    await app.handlers['notification.setRead']({ id: first!.id, read: true });
    expect(await keys()).toEqual(['soon', 'late', 'none']);
    await app.stop();
  });

  it('answers an unknown notification id with a not-found error', async () => {
    const { app } = setup([(now) => snapshot([], { takenAt: now })]);
    await expect(async () => app.handlers['notification.setRead']({ id: 'n_missing', read: true })).rejects.toThrow(
      'No notification with id n_missing',
    );
  });

  it('shows a failed poll as an error state with the reason, keeps what it had, and recovers on the next good poll', async () => {
    const { app, clock, stores } = setup([
      (now) => snapshot([lsr], { takenAt: now }),
      () => new Error('Amazon is unreachable'),
      (now) => snapshot([lsr], { takenAt: now }),
    ]);
    app.start();
    await clock.advance(0);
    await clock.advance(30 * minute);
    expect(app.status()).toMatchObject({ state: 'error', error: 'Amazon is unreachable' });
    expect(app.badge().tooltip).toContain('Last check failed: Amazon is unreachable');
    expect(stores.inbox().read().notifications).toHaveLength(1);
    await clock.advance(minute); // first retry comes after the source's 1-minute floor
    expect(app.status()).toMatchObject({ state: 'active', error: null });
    await app.stop();
  });

  it("says a snapshot it could not save in the app's language, with the reason as the store gave it", async () => {
    const stores = memoryStores();
    stores.inbox().write = () => {
      throw new Error('ENOSPC: no space left on device');
    };
    const { app, clock } = setup([(now) => snapshot([lsr], { takenAt: now })], stores, ['zh-CN']);
    app.start();
    await clock.advance(0);
    expect(app.status().error).toBe('无法保存新通知：ENOSPC: no space left on device');
    await app.stop();
  });

  it("refuses an unknown notification id in the app's language", async () => {
    const { app } = setup([], memoryStores(), ['zh-CN']);
    await expect(async () => app.handlers['notification.setRead']({ id: 'n_missing', read: true })).rejects.toThrow(
      '找不到编号为 n_missing 的通知',
    );
  });

  it('snoozes an item out of the badge and counts it again when the snooze ends, without a poll', async () => {
    const { app, clock } = setup([(now) => snapshot([lsr], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    const [item] = (await app.handlers['inbox.get']({})).notifications;
    const until = new Date(clock.now().getTime() + 10 * minute).toISOString();
    expect((await app.handlers['notification.snooze']({ id: item!.id, until })).badge.unread).toBe(0);
    await clock.advance(10 * minute);
    expect(app.badge().unread).toBe(1);
    await app.stop();
  });

  it('does not poll while the system sleeps or the network is gone, and polls at once when either ends', async () => {
    const { app, clock, source } = setup([(now) => snapshot([], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    app.systemSuspended();
    await clock.advance(120 * minute);
    expect(source.polls).toBe(1);
    app.systemResumed();
    await clock.advance(0);
    expect(source.polls).toBe(2);
    app.connectivityChanged(false);
    await clock.advance(120 * minute);
    expect(source.polls).toBe(2);
    app.connectivityChanged(true);
    await clock.advance(30 * minute);
    expect(source.polls).toBe(4);
    await app.stop();
  });

  it('polls at once when the system wakes and when the network comes back, and shows offline meanwhile', async () => {
    const { app, clock, source } = setup([(now) => snapshot([], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    app.systemResumed();
    await clock.advance(0);
    expect(source.polls).toBe(2);
    app.connectivityChanged(false);
    expect(app.badge().state).toBe('offline');
    app.connectivityChanged(true);
    await clock.advance(0);
    expect(source.polls).toBe(3);
    expect(app.badge().state).toBe('idle');
    await app.stop();
  });

  it('holds back native notifications while paused, except critical ones', async () => {
    const critical = sourceNotification({
      group: 'account',
      metric: 'accountStatus',
      key: 'at-risk',
      severity: 'critical',
      title: 'Your account is at risk of deactivation',
    });
    const { app, clock, shown } = setup([
      (now) => snapshot([], { takenAt: now }),
      (now) => snapshot([lsr, critical], { takenAt: now }),
    ]);
    app.start();
    await clock.advance(0);
    app.setNotificationsPaused(true);
    expect(app.status().notificationsPaused).toBe(true);
    await app.refreshNow();
    await clock.advance(0);
    expect(shown.map((n) => n.title)).toEqual(['Your account is at risk of deactivation']);
    expect(app.badge().unread).toBe(2);
    await app.stop();
  });

  it('applies a new poll interval at once', async () => {
    const { app, clock, source } = setup([(now) => snapshot([], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    await app.handlers['settings.update']({ pollIntervalMinutes: 5 });
    await clock.advance(5 * minute);
    expect(source.polls).toBe(2);
    await app.stop();
  });

  it('records metric readings in the history, and never opens the appeals file for the badge', async () => {
    const reading = {
      accountId: 'acct-1',
      marketplaceId: 'ATVPDKIKX0DER',
      metric: 'lateShipmentRate',
      value: 0.062,
      at: '',
    };
    const stores = memoryStores();
    const { app, clock } = setup([(now) => snapshot([], { takenAt: now, metrics: [{ ...reading, at: now }] })], stores);
    app.start();
    await clock.advance(0);
    expect(latestReadings(stores.history().read().series)).toMatchObject([
      { metric: 'lateShipmentRate', value: 0.062 },
    ]);
    expect(stores.opened.has('appeals')).toBe(false);
    await app.stop();
  });

  it('asks the window to open one notification', () => {
    const { app, events } = setup([(now) => snapshot([], { takenAt: now })]);
    app.openNotification('n_1');
    expect(events).toContainEqual({ event: 'notification.open', payload: { id: 'n_1' } });
  });

  it('reports store recoveries so the user is told', async () => {
    const recovery = {
      file: 'inbox.json',
      movedTo: 'inbox.corrupt-1.json',
      restoredFromBackup: true,
      message: 'The inbox file was damaged.',
    };
    const { app } = setup([(now) => snapshot([], { takenAt: now })], memoryStores([recovery]));
    expect(await app.handlers['recoveries.get']({})).toEqual([recovery]);
  });
});

describe('app service at start', () => {
  const savedBadge = {
    unread: 3,
    highestSeverity: 'critical' as const,
    tooltip: 'Flagwatch\n3 unread performance notifications',
    mostUrgentId: 'n_1',
  };

  it('shows the badge saved with the last write without reading the inbox', () => {
    const stores = memoryStores([], { summary: { badge: savedBadge } });
    const { app } = setup([(now) => snapshot([], { takenAt: now })], stores);
    expect(app.badge()).toEqual({ ...savedBadge, state: 'active' });
    expect(stores.opened.has('inbox')).toBe(false);
  });

  it('saves the badge with every inbox write, and works it out from the inbox once it is read', async () => {
    const stores = memoryStores([], { summary: { badge: savedBadge } });
    const { app, clock } = setup([(now) => snapshot([lsr], { takenAt: now })], stores);
    app.start();
    await clock.advance(0);
    expect(app.badge()).toMatchObject({ unread: 1, state: 'active', highestSeverity: 'warning' });
    expect(stores.summary.read().badge).toMatchObject({ unread: 1, highestSeverity: 'warning' });
    await app.stop();
  });

  it('announces files that were found damaged, once', async () => {
    const recovery = {
      file: 'inbox.json',
      movedTo: 'inbox.corrupt-1.json',
      restoredFromBackup: false,
      message: 'The inbox file was damaged.',
    };
    const { app, clock } = setup([(now) => snapshot([], { takenAt: now })], memoryStores([recovery]));
    const told: unknown[] = [];
    app.on('store.recovered', (r) => told.push(r));
    app.start();
    await clock.advance(30 * minute);
    expect(told).toEqual([recovery]);
    await app.stop();
  });
});

describe('app service sources', () => {
  it('starts new sources at once, keeps the ones that stay, and stops the ones removed', async () => {
    const { app, clock, source } = setup([(now) => snapshot([lsr], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    const second = {
      id: 'second',
      minIntervalMs: minute,
      polls: 0,
      async poll() {
        second.polls++;
        return snapshot([odr], { source: 'second', takenAt: clock.now().toISOString() });
      },
    };
    await app.replaceSources([source, second]);
    await clock.advance(0);
    expect([source.polls, second.polls]).toEqual([1, 1]);
    expect(app.badge().unread).toBe(2);

    await app.replaceSources([second]);
    await clock.advance(60 * minute);
    expect(source.polls).toBe(1);
    expect(second.polls).toBe(3);
    await app.stop();
  });
});

describe('app service log', () => {
  it('logs each change of the badge, from a poll or from the user, and only changes', async () => {
    const lines: string[] = [];
    const clock = createFakeClock();
    const app = createFlagwatchApp(
      testAppDependencies({
        sources: [scriptedSource(clock, [(now) => snapshot([lsr, odr], { takenAt: now })])],
        clock,
        logger: { ...silentLogger, info: (message, fields) => lines.push(`${message} ${JSON.stringify(fields)}`) },
      }),
    );
    app.start();
    await clock.advance(30 * 60_000);
    const [first] = (await app.handlers['inbox.get']({})).notifications;
    await app.handlers['notification.setRead']({ id: first!.id, read: true });
    expect(lines.filter((l) => l.startsWith('badge changed'))).toEqual([
      'badge changed {"unread":2,"state":"active","severity":"warning"}',
      'badge changed {"unread":1,"state":"active","severity":"warning"}',
    ]);
    await app.stop();
  });
});

describe('the language main speaks', () => {
  function appWith(systemLanguages: readonly string[]) {
    const clock = createFakeClock();
    return createFlagwatchApp(
      testAppDependencies({
        clock,
        systemLanguages,
      }),
    );
  }

  it("follows the system's preferred languages until one is chosen in Settings", async () => {
    const app = appWith(['zh-CN', 'en-US']);
    expect(app.translator().locale).toBe('zh-CN');
    expect(app.translator().t('metric.lateShipmentRate')).toBe('迟发率');

    await app.handlers['settings.update']({ language: 'en' });
    expect(app.translator().locale).toBe('en');

    await app.handlers['settings.update']({ language: 'system' });
    expect(app.translator().locale).toBe('zh-CN');
  });

  it('speaks English when the system names no language it knows', () => {
    expect(appWith([]).translator().locale).toBe('en');
    expect(appWith(['ja-JP']).translator().locale).toBe('en');
  });

  it('words native notifications and the tooltip in that language', async () => {
    const many = ['a', 'b', 'c', 'd'].map((key) => sourceNotification({ key, title: `Item ${key}` }));
    const { app, clock, shown } = setup([(now) => snapshot(many, { takenAt: now })], memoryStores(), ['zh-CN']);
    app.start();
    await clock.advance(0);
    expect(shown.map((n) => n.title)).toEqual(['4 条新的绩效通知']);
    expect(shown[0]?.body.split('\n').at(-1)).toBe('另有 1 条');
    expect(app.badge().tooltip.split('\n')[1]).toBe('4 条未读绩效通知');
    await app.stop();
  });

  it('words the tooltip again, and tells the windows, when Settings change the language', async () => {
    const { app, clock, events } = setup([(now) => snapshot([lsr], { takenAt: now })]);
    app.start();
    await clock.advance(0);
    expect(app.badge().tooltip).toContain('1 unread performance notification');
    await app.handlers['settings.update']({ language: 'zh-CN' });
    const last = events.filter((e) => e.event === 'inbox.changed').at(-1)?.payload as { badge: { tooltip: string } };
    expect(last.badge.tooltip).toContain('1 条未读绩效通知');
    await app.stop();
  });
});
