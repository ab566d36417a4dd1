// The settings Flagwatch applies beyond polling: hidden accounts and marketplaces leave the
// window and the badge, notification choices reach the native notifications, and launch at login
// reaches the host.
import { describe, expect, it } from 'vitest';
import type { HostPort, Source } from '../../../main/app/ports';
import { createFlagwatchApp } from '../../../main/app/service';
import { defaultSettings, type Snapshot } from '../../../main/core/schema';
import { createFakeClock } from '../../support/fake-clock';
import { DE, US, account, snapshot, sourceNotification } from '../../support/fixtures';
import { memoryStores } from '../../support/memory-stores';
import { recordingNotifier } from '../../support/recording-notifier';
import { testAppDependencies } from '../../support/app-dependencies';

const us = sourceNotification({ key: 'us', title: 'US item', marketplaceId: US });
const de = sourceNotification({ key: 'de', title: 'DE item', marketplaceId: DE, group: 'policyCompliance' });
const other = sourceNotification({ key: 'other', title: 'Other account', accountId: 'acct-2', severity: 'critical' });

function setup(settings: Partial<typeof defaultSettings> = {}) {
  const clock = createFakeClock();
  const stores = memoryStores();
  const digestOff = { ...defaultSettings.digest, enabled: false };
  stores.settings.write({ settings: { ...defaultSettings, digest: digestOff, ...settings } });
  const accounts = [
    account({ marketplaceIds: [US, DE] }),
    account({ id: 'acct-2', name: 'Northwind', marketplaceIds: [US] }),
  ];
  const source: Source = {
    id: 'test',
    minIntervalMs: 60_000,
    poll: async (): Promise<Snapshot> => snapshot([us, de, other], { takenAt: clock.now().toISOString(), accounts }),
  };
  const notifier = recordingNotifier();
  const loginItems: boolean[] = [];
  const host: HostPort = { kind: 'electron', setLaunchAtLogin: (open) => void loginItems.push(open) };
  const app = createFlagwatchApp(
    testAppDependencies({ stores, sources: [source], notifier, clock, random: () => 0.5, host }),
  );
  return { app, clock, stores, shown: notifier.shown, loginItems };
}

describe('hidden accounts and marketplaces', () => {
  it('are left out of the window, the badge and native notifications, but kept', async () => {
    const { app, clock, stores, shown } = setup({ hidden: { accounts: ['acct-2'], marketplaces: [DE] } });
    app.start();
    await clock.advance(0);
    const view = await app.handlers['inbox.get']({});
    expect(view.notifications.map((n) => n.title)).toEqual(['US item']);
    expect(view.badge.unread).toBe(1);
    expect(app.badge().unread).toBe(1);
    expect(shown.map((n) => n.title)).toEqual(['US item']);
    expect(stores.inbox().read().notifications).toHaveLength(3);
    await app.stop();
  });

  it('are left out of Today and the morning digest too', async () => {
    const { app, clock } = setup({ hidden: { accounts: ['acct-2'], marketplaces: [DE] } });
    app.start();
    await clock.advance(0);
    const today = await app.handlers['today.get']({});
    expect(today.groups.reduce((sum, g) => sum + g.open, 0)).toBe(1);
    await app.stop();
  });

  it('come back, as they were, when shown again', async () => {
    const { app, clock } = setup({ hidden: { accounts: ['acct-2'], marketplaces: [] } });
    app.start();
    await clock.advance(0);
    await app.handlers['settings.update']({ hidden: { accounts: [], marketplaces: [] } });
    const view = await app.handlers['inbox.get']({});
    expect(view.notifications.map((n) => n.title).sort()).toEqual(['DE item', 'Other account', 'US item']);
    expect(view.badge.unread).toBe(3);
    await app.stop();
  });
});

describe('notification choices', () => {
  it('reach the native notifications: a group off stays quiet, a severity without sound is silent', async () => {
    const alerts = structuredClone(defaultSettings.alerts);
    alerts.groups.policyCompliance = false;
    alerts.sound.warning = false;
    const { app, clock, shown } = setup({ alerts });
    app.start();
    await clock.advance(0);
    expect(shown.map((n) => [n.title, n.silent ?? false])).toEqual([
      ['Other account', false],
      ['US item', true],
    ]);
    await app.stop();
  });
});

describe('launch at login', () => {
  it('is applied to the host on start, and again whenever it changes', async () => {
    const { app, loginItems } = setup({ launchAtLogin: true });
    app.start();
    expect(loginItems).toEqual([true]);
    await app.handlers['settings.update']({ launchAtLogin: false });
    await app.handlers['settings.update']({ pollIntervalMinutes: 45 });
    expect(loginItems).toEqual([true, false]);
    await app.stop();
  });
});
