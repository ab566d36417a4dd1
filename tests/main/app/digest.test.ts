// The morning digest through the app service, on a clock the test moves: once a day at the set
// time, never on an unchecked day, moved by quiet hours, once on waking, never twice after a restart.
// Local time is Berlin's, as in the digest schedule's own tests (the mutation run sets the same zone
// for all its tests); every date here stays clear of a daylight-saving change.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import type { NativeNotification, Source } from '../../../main/app/ports';
import { createFlagwatchApp } from '../../../main/app/service';
import type { Settings } from '../../../main/core/schema';
import { createFakeClock } from '../../support/fake-clock';
import { snapshot, sourceNotification } from '../../support/fixtures';
import { memoryStores, type MemoryStores } from '../../support/memory-stores';
import { testAppDependencies } from '../../support/app-dependencies';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
/** Monday 2 November 2026, 08:00 in Berlin. */
const mondayEight = new Date('2026-11-02T08:00:00+01:00');

const lsr = sourceNotification({ deadline: '2026-11-05T12:00:00+01:00' });

function setup({
  stores = memoryStores(),
  start = mondayEight,
  settings = {} as Partial<Settings>,
  refuse = (_: NativeNotification): boolean => false,
} = {}) {
  const clock = createFakeClock(start);
  const source: Source = {
    id: 'test',
    minIntervalMs: minute,
    poll: async () => snapshot([lsr], { takenAt: clock.now().toISOString() }),
  };
  stores.settings.write({
    settings: { ...stores.settings.read().settings, pollIntervalMinutes: 24 * 60, ...settings },
  });
  const shown: Array<NativeNotification & { at: Date }> = [];
  const app = createFlagwatchApp(
    testAppDependencies({
      stores,
      sources: [source],
      notifier: {
        show: async (n) => {
          if (refuse(n)) throw new Error('no notification daemon');
          shown.push({ ...n, at: clock.now() });
        },
      },
      clock,
      random: () => 0.5,
    }),
  );
  const digests = () => shown.filter((n) => n.opens === 'today');
  const local = (n: { at: Date }) => n.at.toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(0, 16);
  return { app, clock, stores, digests, local };
}

describe('the morning digest', () => {
  it('comes once at the set time, again the next day, and not at all on an unchecked day', async () => {
    // Every day but Wednesday.
    const { app, clock, digests, local } = setup({
      settings: { digest: { enabled: true, time: '09:00', days: [0, 1, 2, 4, 5, 6] } },
    });
    app.start();
    await clock.advance(hour - 1);
    expect(digests()).toEqual([]);
    await clock.advance(1);
    expect(digests().map(local)).toEqual(['2026-11-02 09:00']);
    await clock.advance(3 * day);
    expect(digests().map(local)).toEqual(['2026-11-02 09:00', '2026-11-03 09:00', '2026-11-05 09:00']);
    await app.stop();
  });

  it('says what is open, and a click opens the Today view with the same numbers', async () => {
    const { app, clock, digests } = setup();
    app.start();
    await clock.advance(hour);
    const [digest] = digests();
    expect(digest).toMatchObject({
      title: '1 open performance notification, 1 unread',
      urgency: 'normal',
      notificationId: null,
      opens: 'today',
    });
    expect(digest!.body.split('\n')).toEqual([
      'Shipping Performance: 1 open, 1 unread',
      'Most urgent: Late Shipment Rate above target (Bluefin Outdoor Supply · US), due in 3 d',
    ]);
    const today = await app.handlers['today.get']({});
    expect(today.groups).toEqual([{ group: 'shipping', open: 1, unread: 1 }]);
    expect(today.mostUrgent?.title).toBe('Late Shipment Rate above target');
    await app.stop();
  });

  it('moves to the end of quiet hours', async () => {
    const { app, clock, digests, local } = setup({
      settings: { quietHours: { enabled: true, start: '22:00', end: '10:30' } },
    });
    app.start();
    await clock.advance(2 * hour);
    expect(digests()).toEqual([]);
    await clock.advance(30 * minute);
    expect(digests().map(local)).toEqual(['2026-11-02 10:30']);
    await app.stop();
  });

  it('follows a change of time made before it came', async () => {
    const { app, clock, digests, local } = setup();
    app.start();
    await app.handlers['settings.update']({ digest: { enabled: true, time: '11:15', days: [1] } });
    await clock.advance(4 * hour);
    expect(digests().map(local)).toEqual(['2026-11-02 11:15']);
    await app.handlers['settings.update']({ digest: { enabled: false, time: '11:15', days: [1] } });
    await clock.advance(7 * day);
    expect(digests()).toHaveLength(1);
    await app.stop();
  });

  it('follows a change to an earlier time at once', async () => {
    const { app, clock, digests, local } = setup();
    app.start();
    await app.handlers['settings.update']({ digest: { enabled: true, time: '08:30', days: [1] } });
    await clock.advance(30 * minute);
    expect(digests().map(local)).toEqual(['2026-11-02 08:30']);
    await app.stop();
  });

  it('follows quiet hours that end earlier at once', async () => {
    const { app, clock, digests, local } = setup({
      settings: { quietHours: { enabled: true, start: '22:00', end: '10:30' } },
    });
    app.start();
    await app.handlers['settings.update']({ quietHours: { enabled: true, start: '22:00', end: '09:30' } });
    await clock.advance(90 * minute);
    expect(digests().map(local)).toEqual(['2026-11-02 09:30']);
    await app.stop();
  });

  it('comes once on waking when the machine slept through its time, the same day', async () => {
    const { app, clock, digests, local } = setup();
    app.start();
    await clock.advance(30 * minute);
    app.systemSuspended();
    await clock.advance(3 * hour);
    expect(digests()).toEqual([]);
    app.systemResumed();
    await clock.advance(0);
    expect(digests().map(local)).toEqual(['2026-11-02 11:30']);
    // Sleeping and waking again the same day brings no second one.
    app.systemSuspended();
    app.systemResumed();
    await clock.advance(hour);
    expect(digests()).toHaveLength(1);
    await app.stop();
  });

  it('waits for the wake-up check, so it tells what is true now', async () => {
    const { app, clock, digests, stores } = setup();
    app.start();
    await clock.advance(30 * minute);
    app.systemSuspended();
    await clock.advance(3 * hour);
    const checksBefore = stores.inbox().writes;
    app.systemResumed();
    await clock.advance(0);
    expect(stores.inbox().writes).toBeGreaterThan(checksBefore);
    expect(digests()).toHaveLength(1);
    await app.stop();
  });

  it('does not come on waking the next day for a day gone by; that day’s own comes at its time', async () => {
    const { app, clock, digests, local } = setup();
    app.start();
    await clock.advance(30 * minute);
    app.systemSuspended();
    // Asleep from Monday 08:30 to Tuesday 07:00.
    await clock.advance(22 * hour + 30 * minute);
    app.systemResumed();
    await clock.advance(hour);
    expect(digests()).toEqual([]);
    await clock.advance(hour);
    expect(digests().map(local)).toEqual(['2026-11-03 09:00']);
    await app.stop();
  });

  it('never comes twice for one day, even across a restart', async () => {
    const stores: MemoryStores = memoryStores();
    const first = setup({ stores });
    first.app.start();
    await first.clock.advance(2 * hour);
    expect(first.digests()).toHaveLength(1);
    await first.app.stop();

    const second = setup({ stores, start: new Date('2026-11-02T10:00:00+01:00') });
    second.app.start();
    await second.clock.advance(hour);
    expect(second.digests()).toEqual([]);
    await second.clock.advance(day);
    expect(second.digests().map(second.local)).toEqual(['2026-11-03 09:00']);
    await second.app.stop();
  });

  it('comes once, late, when the app starts after its time the same day', async () => {
    const stores = memoryStores([], { digest: { lastSentDay: '2026-11-01', visitedDays: [] } });
    const { app, clock, digests, local } = setup({ stores, start: new Date('2026-11-02T15:00:00+01:00') });
    app.start();
    await clock.advance(0);
    expect(digests().map(local)).toEqual(['2026-11-02 15:00']);
    await app.stop();
  });

  it('waits for the next day on the very first start after its time', async () => {
    const { app, clock, digests, local } = setup({ start: new Date('2026-11-02T15:00:00+01:00') });
    app.start();
    await clock.advance(day);
    expect(digests().map(local)).toEqual(['2026-11-03 09:00']);
    await app.stop();
  });

  it('is held back for the day while desktop notifications are paused', async () => {
    const { app, clock, digests, stores } = setup({ settings: { notificationsPaused: true } });
    app.start();
    await clock.advance(2 * hour);
    expect(digests()).toEqual([]);
    expect(stores.digest.read().lastSentDay).toBe('2026-11-02');
    app.setNotificationsPaused(false);
    await clock.advance(hour);
    expect(digests()).toEqual([]);
    await app.stop();
  });

  it('counts the day as done when the desktop refuses the digest, and comes again the next day', async () => {
    let refusing = true;
    const { app, clock, stores, digests, local } = setup({ refuse: (n) => refusing && n.opens === 'today' });
    app.start();
    await clock.advance(2 * hour);
    expect(stores.digest.read().lastSentDay).toBe('2026-11-02');
    expect(digests()).toEqual([]);
    refusing = false;
    await clock.advance(day);
    expect(digests().map(local)).toEqual(['2026-11-03 09:00']);
    await app.stop();
  });

  it('leaves no timer behind once stopped', async () => {
    const { app, clock } = setup();
    app.start();
    await clock.advance(0);
    await app.stop();
    expect(clock.pending()).toBe(0);
  });
});

describe('the days in a row', () => {
  it('counts a day when the window asks for Today, or a notification is acted on', async () => {
    const { app, clock } = setup();
    app.start();
    await clock.advance(0);
    expect((await app.handlers['today.get']({})).daysInARow).toBe(1);
    await clock.advance(day);
    const [n] = (await app.handlers['inbox.get']({})).notifications;
    await app.handlers['notification.setRead']({ id: n!.id, read: true });
    await clock.advance(day);
    expect((await app.handlers['today.get']({})).daysInARow).toBe(3);
    // A day without a look breaks the run.
    await clock.advance(2 * day);
    expect((await app.handlers['today.get']({})).daysInARow).toBe(1);
    await app.stop();
  });

  it('counts a click on a desktop notification', async () => {
    const { app, clock, stores } = setup();
    app.start();
    await clock.advance(0);
    app.openToday();
    expect(stores.digest.read().visitedDays).toEqual(['2026-11-02']);
    await clock.advance(day);
    app.openNotification('n-1');
    expect(stores.digest.read().visitedDays).toEqual(['2026-11-02', '2026-11-03']);
    await app.stop();
  });

  it('writes once a day, however often the seller looks', async () => {
    const { app, clock, stores } = setup();
    app.start();
    await clock.advance(0);
    const writes = stores.digest.writes;
    await app.handlers['today.get']({});
    await app.handlers['today.get']({});
    await app.handlers['today.get']({});
    expect(stores.digest.writes).toBe(writes + 1);
    await app.stop();
  });
});
