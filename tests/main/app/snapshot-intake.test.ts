// One snapshot taken in: the inbox it commits (accounts of other sources kept), the history it
// feeds, and the native notifications it raises, which a failing notifier never stops.
import { describe, expect, it } from 'vitest';
import type { InboxKeeper } from '../../../main/app/inbox-keeper';
import type { InboxDocument, NativeNotification } from '../../../main/app/ports';
import { createSnapshotIntake } from '../../../main/app/snapshot-intake';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { defaultSettings, type PerformanceNotification } from '../../../main/core/schema';
import { createFakeClock } from '../../support/fake-clock';
import { account, snapshot, sourceNotification } from '../../support/fixtures';
import { memoryStores } from '../../support/memory-stores';

type Logged = [message: string, fields: unknown];

function setup({ show = async (_: NativeNotification) => {}, commitFails = false } = {}) {
  const clock = createFakeClock();
  const stores = memoryStores();
  let current: InboxDocument = {
    notifications: [],
    accounts: [account({ id: 'mail-1', source: 'email' }), account({ id: 'old', source: 'test' })],
    lastSuccessAt: null,
  };
  const events: string[] = [];
  const inbox = {
    inbox: () => current,
    commit(next: InboxDocument) {
      if (commitFails) throw new Error('disk full');
      events.push('commit');
      current = next;
    },
  } as unknown as InboxKeeper;
  const warned: Logged[] = [];
  const intake = createSnapshotIntake({
    inbox,
    stores,
    notifier: {
      show: async (n) => {
        events.push(`show ${n.title}`);
        await show(n);
      },
    },
    clock,
    logger: { info() {}, warn: (message, fields) => void warned.push([message, fields]), error() {} },
    settings: () => ({ ...defaultSettings, quietHours: { ...defaultSettings.quietHours, enabled: false } }),
    translator: () => translatorFor('en'),
    alerting: (added: readonly PerformanceNotification[]) => events.push(`alerting ${added.length}`),
  });
  return { clock, stores, intake, events, warned, inbox: () => current };
}

const two = [sourceNotification({ key: 'a', title: 'First' }), sourceNotification({ key: 'b', title: 'Second' })];

describe('snapshot intake', () => {
  it('commits the merged inbox with this source’s accounts replaced and the others kept', () => {
    const { intake, inbox } = setup();
    intake(snapshot(two, { accounts: [account()] }));
    expect(inbox().accounts.map((a) => a.id)).toEqual(['mail-1', 'acct-1']);
    expect(inbox().notifications.map((n) => n.key)).toEqual(['a', 'b']);
    expect(inbox().lastSuccessAt).toBe('2026-11-02T09:00:00.000Z');
  });

  it('tells of the new notifications before it commits, then raises them', async () => {
    const { intake, clock, events } = setup();
    intake(snapshot(two));
    await clock.advance(0);
    expect(events).toEqual(['alerting 2', 'commit', 'show First', 'show Second']);
  });

  it('raises the next notification when the notifier throws on one, and logs the failure', async () => {
    const { intake, clock, events, warned, inbox } = setup({
      show: async (n) => {
        if (n.title === 'First') throw new Error('no notification daemon');
      },
    });
    intake(snapshot(two));
    await clock.advance(0);
    expect(events.filter((e) => e.startsWith('show'))).toEqual(['show First', 'show Second']);
    expect(warned).toEqual([['native notification failed', { error: 'no notification daemon' }]]);
    expect(inbox().notifications).toHaveLength(2);
  });

  it('adds the readings to the history, and leaves the history alone when there are none', () => {
    const { intake, stores } = setup();
    intake(snapshot([]));
    expect(stores.history().writes).toBe(0);
    const reading = {
      accountId: 'acct-1',
      marketplaceId: 'ATVPDKIKX0DER',
      metric: 'lateShipmentRate',
      value: 0.05,
      at: '2026-11-02T09:00:00.000Z',
    };
    intake(snapshot([], { metrics: [reading] }));
    expect(stores.history().writes).toBe(1);
    expect(JSON.stringify(stores.history().read())).toContain('0.05');
  });

  it('throws when the inbox cannot be saved, and raises nothing', async () => {
    const { intake, clock, events } = setup({ commitFails: true });
    expect(() => intake(snapshot(two))).toThrow('disk full');
    await clock.advance(0);
    expect(events.filter((e) => e.startsWith('show'))).toEqual([]);
  });
});
