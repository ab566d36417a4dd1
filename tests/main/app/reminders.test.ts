// The deadline reminders through the app service: a source reports a notification with a
// deadline, the fake clock moves, and the notifier receives each reminder once.
import { describe, expect, it } from 'vitest';
import type { NativeNotification, Source } from '../../../main/app/ports';
import { createFlagwatchApp } from '../../../main/app/service';
import type { QuietHours } from '../../../main/core/schema';
import { createFakeClock, type FakeClock } from '../../support/fake-clock';
import { snapshot, sourceNotification } from '../../support/fixtures';
import { memoryStores, type MemoryStores } from '../../support/memory-stores';
import { testAppDependencies } from '../../support/app-dependencies';

const hour = 3_600_000;
const start = new Date('2026-11-02T09:00:00.000Z');

/**
 * A source reporting one notification due `deadlineHours` after the start; polls once a day.
 * With `laterPoll`, the first poll reports nothing yet.
 */
function deadlineSource(clock: FakeClock, deadlineHours: number, timeScale?: number, laterPoll = false): Source {
  const notice = sourceNotification({
    title: 'Account at risk',
    severity: 'high',
    deadline: new Date(start.getTime() + deadlineHours * hour).toISOString(),
  });
  let polls = 0;
  return {
    id: 'test',
    minIntervalMs: 0,
    ...(timeScale ? { timeScale } : {}),
    poll: async () => {
      const takenAt = clock.now().toISOString();
      const first = polls++ === 0;
      return snapshot(laterPoll && first ? [] : [notice], { takenAt });
    },
  };
}

function setup({
  deadlineHours = 80,
  stores = memoryStores(),
  clock = createFakeClock(start),
  quietHours,
  timeScale,
  laterPoll,
}: {
  deadlineHours?: number;
  stores?: MemoryStores;
  clock?: FakeClock;
  quietHours?: QuietHours;
  timeScale?: number;
  laterPoll?: boolean;
} = {}) {
  const { settings } = stores.settings.read();
  stores.settings.write({
    settings: {
      ...settings,
      pollIntervalMinutes: 24 * 60,
      digest: { ...settings.digest, enabled: false },
      ...(quietHours ? { quietHours } : {}),
    },
  });
  const shown: Array<NativeNotification & { at: number }> = [];
  const app = createFlagwatchApp(
    testAppDependencies({
      stores,
      sources: [deadlineSource(clock, deadlineHours, timeScale, laterPoll)],
      notifier: { show: async (n) => void shown.push({ ...n, at: clock.now().getTime() }) },
      clock,
      random: () => 0,
    }),
  );
  const reminders = () => shown.filter((n) => n.title.includes(' left: '));
  const hoursIn = (n: { at: number }) => (n.at - start.getTime()) / hour;
  return { app, clock, stores, reminders, hoursIn };
}

/** "HH:MM" local time of `hoursAfterStart`: quiet hours are local wall-clock time. */
function localTime(hoursAfterStart: number): string {
  const at = new Date(start.getTime() + hoursAfterStart * hour);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

describe('deadline reminders', () => {
  it('reminds 72, 24 and 4 hours before the deadline, each once, at its time', async () => {
    const { app, clock, reminders, hoursIn } = setup({ deadlineHours: 80 });
    app.start();
    await clock.advance(90 * hour);
    expect(reminders().map((n) => [n.title, hoursIn(n)])).toEqual([
      ['72 hours left: Account at risk', 8],
      ['24 hours left: Account at risk', 56],
      ['4 hours left: Account at risk', 76],
    ]);
    await app.stop();
  });

  it('reminds of a notification that a later poll brings', async () => {
    const { app, clock, reminders, hoursIn } = setup({ deadlineHours: 80, laterPoll: true });
    app.start();
    await clock.advance(hour);
    await app.refreshNow();
    await clock.advance(9 * hour);
    expect(reminders().map((n) => [n.title, hoursIn(n)])).toEqual([['72 hours left: Account at risk', 8]]);
    await app.stop();
  });

  it('never raises one again after a restart', async () => {
    const stores = memoryStores();
    const clock = createFakeClock(start);
    const first = setup({ deadlineHours: 80, stores, clock });
    first.app.start();
    await clock.advance(60 * hour);
    await first.app.stop();
    expect(first.reminders()).toHaveLength(2);
    const second = setup({ deadlineHours: 80, stores, clock });
    second.app.start();
    await clock.advance(10 * hour);
    expect(second.reminders()).toEqual([]);
    await clock.advance(20 * hour);
    expect(second.reminders().map((n) => n.title)).toEqual(['4 hours left: Account at risk']);
    await second.app.stop();
  });

  it('after the alert of a notification added 10 hours before its deadline, raises only the 4-hour lead', async () => {
    const { app, clock, reminders, hoursIn } = setup({ deadlineHours: 10 });
    app.start();
    await clock.advance(12 * hour);
    expect(reminders().map((n) => [n.title, hoursIn(n)])).toEqual([['4 hours left: Account at risk', 6]]);
    await app.stop();
  });

  it('holds a reminder more than 24 hours out back through quiet hours, but not one within 24 hours', async () => {
    // Quiet from 7 to 10 hours after the start, and from 55 to 58: the 72-hour lead (at 8 h) waits
    // until 10 h; the 24-hour lead (at 56 h) gets through.
    const quietHours = { enabled: true, start: localTime(7), end: localTime(10) };
    const { app, clock, reminders, hoursIn } = setup({ deadlineHours: 80, quietHours });
    app.start();
    await clock.advance(60 * hour);
    expect(reminders().map((n) => [n.title, hoursIn(n)])).toEqual([
      ['70 hours left: Account at risk', 10],
      ['24 hours left: Account at risk', 56],
    ]);
    await app.stop();
  });

  it('lets a reminder held back by quiet hours through at once when quiet hours are turned off', async () => {
    const quietHours = { enabled: true, start: localTime(7), end: localTime(10) };
    const { app, clock, reminders, hoursIn } = setup({ deadlineHours: 80, quietHours });
    app.start();
    await clock.advance(9 * hour);
    expect(reminders()).toEqual([]);
    await app.handlers['settings.update']({ quietHours: { ...quietHours, enabled: false } });
    await clock.advance(0);
    expect(reminders().map((n) => [n.title, hoursIn(n)])).toEqual([['71 hours left: Account at risk', 9]]);
    await app.stop();
  });

  it('settles a reminder held back by quiet hours when notifications are paused meanwhile', async () => {
    const quietHours = { enabled: true, start: localTime(7), end: localTime(10) };
    const { app, clock, reminders } = setup({ deadlineHours: 80, quietHours });
    app.start();
    await clock.advance(9 * hour);
    await app.handlers['settings.update']({ notificationsPaused: true });
    await clock.advance(hour / 2);
    await app.handlers['settings.update']({ notificationsPaused: false });
    await clock.advance(2 * hour);
    expect(reminders()).toEqual([]);
    await app.stop();
  });

  it('settles reminders unseen while paused, and goes on with the next lead after', async () => {
    const { app, clock, reminders } = setup({ deadlineHours: 80 });
    app.start();
    await clock.advance(hour);
    app.setNotificationsPaused(true);
    await clock.advance(59 * hour);
    expect(reminders()).toEqual([]);
    app.setNotificationsPaused(false);
    await clock.advance(30 * hour);
    expect(reminders().map((n) => n.title)).toEqual(['4 hours left: Account at risk']);
    await app.stop();
  });

  it('raises none while the account is hidden, and no burst once it is shown again', async () => {
    const { app, clock, reminders } = setup({ deadlineHours: 80 });
    app.start();
    await clock.advance(hour);
    await app.handlers['settings.update']({ hidden: { accounts: ['acct-1'], marketplaces: [] } });
    await clock.advance(59 * hour);
    expect(reminders()).toEqual([]);
    await app.handlers['settings.update']({ hidden: { accounts: [], marketplaces: [] } });
    await clock.advance(30 * hour);
    expect(reminders().map((n) => n.title)).toEqual(['4 hours left: Account at risk']);
    await app.stop();
  });

  it('raises none for a group the seller turned off', async () => {
    const { app, clock, reminders } = setup({ deadlineHours: 80 });
    const { alerts } = await app.handlers['settings.get']({});
    await app.handlers['settings.update']({ alerts: { ...alerts, groups: { ...alerts.groups, shipping: false } } });
    app.start();
    await clock.advance(90 * hour);
    expect(reminders()).toEqual([]);
    await app.stop();
  });

  it('after a sleep through two leads, raises only the nearest one on waking', async () => {
    const { app, clock, reminders, hoursIn } = setup({ deadlineHours: 80 });
    app.start();
    await clock.advance(9 * hour);
    app.systemSuspended();
    await clock.advance(69 * hour);
    expect(reminders()).toHaveLength(1);
    app.systemResumed();
    await clock.advance(0);
    expect(reminders().map((n) => [n.title, hoursIn(n)])).toEqual([
      ['72 hours left: Account at risk', 8],
      ['2 hours left: Account at risk', 78],
    ]);
    await app.stop();
  });

  it("runs the leads at a demo story's speed: at 3600 all three within 72 seconds", async () => {
    // A deadline 73 story hours away is 73 s away.
    const { app, clock, reminders } = setup({ deadlineHours: 73 / 3600, timeScale: 3600 });
    app.start();
    await clock.advance(73_000);
    expect(reminders().map((n) => [n.title, (n.at - start.getTime()) / 1000])).toEqual([
      ['72 hours left: Account at risk', 1],
      ['24 hours left: Account at risk', 49],
      ['4 hours left: Account at risk', 69],
    ]);
    await app.stop();
  });
});
