// The inbox as the app keeps it: the badge before the inbox is opened (from the summary file),
// a wake when a snooze ends, the badge logged only when it changes, and damaged files announced.
import { describe, expect, it } from 'vitest';
import type { Connectivity } from '../../../main/core/badge';
import { createEventHub } from '../../../main/app/event-hub';
import { createInboxKeeper } from '../../../main/app/inbox-keeper';
import type { InboxDocument, SummaryDocument } from '../../../main/app/ports';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import type { StoreRecovery } from '../../../preload/contract';
import { createFakeClock } from '../../support/fake-clock';
import { inboxItem } from '../../support/fixtures';
import { memoryStores } from '../../support/memory-stores';

const hour = 3_600_000;

function setup({
  recoveries = [] as StoreRecovery[],
  summary = undefined as SummaryDocument | undefined,
  connectivity = 'ok' as Connectivity,
  unreadable = [] as string[],
} = {}) {
  const clock = createFakeClock();
  const link = { connectivity };
  const stores = memoryStores(recoveries, summary ? { summary } : {});
  const hub = createEventHub(() => {});
  const emitted: number[] = [];
  hub.on('inbox.changed', (view) => emitted.push(view.badge.unread));
  const recovered: StoreRecovery[] = [];
  hub.on('store.recovered', (recovery) => recovered.push(recovery));
  const logged: Array<[string, unknown]> = [];
  const logger = {
    info: (message: string, fields?: unknown) => void logged.push([message, fields]),
    warn: (message: string, fields?: unknown) => void logged.push([message, fields]),
    error() {},
  };
  const keeper = createInboxKeeper({
    stores,
    clock,
    logger,
    hub,
    connectivity: () => link.connectivity,
    firstError: () => undefined,
    unreadableMailboxes: () => unreadable,
    translator: () => translatorFor('en'),
    hidden: () => ({ accounts: [], marketplaces: [] }),
  });
  const at = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
  return { clock, stores, keeper, hub, emitted, recovered, logged, at, link };
}

const inboxOf = (notifications: InboxDocument['notifications']): InboxDocument => ({
  notifications,
  accounts: [],
  lastSuccessAt: null,
});

describe('inbox keeper', () => {
  it('wakes when each snooze of an open item ends, and counts the item again', async () => {
    const { clock, keeper, emitted, at } = setup();
    keeper.commit(
      inboxOf([
        inboxItem({ key: 'a', snoozedUntil: at(2 * hour) }),
        inboxItem({ key: 'b', snoozedUntil: at(hour) }),
        inboxItem({ key: 'c', status: 'resolved', resolvedAt: at(-hour), snoozedUntil: at(hour / 2) }),
      ]),
    );
    expect(emitted).toEqual([0]);
    await clock.advance(hour - 1);
    expect(emitted).toEqual([0]);
    await clock.advance(1);
    expect(emitted).toEqual([0, 1]);
    await clock.advance(hour);
    expect(emitted).toEqual([0, 1, 2]);
    expect(clock.pending()).toBe(0);
  });

  it('tells the badge again each time its time left changes with time alone, until the deadline passes', async () => {
    const { clock, keeper, hub, at } = setup();
    const told: string[] = [];
    hub.on('badge.changed', (badge) => told.push(badge.tooltip.split('\n').at(-1)!));
    keeper.commit(inboxOf([inboxItem({ title: 'Plan of action requested', deadline: at(2 * hour + 5 * 60_000) })]));
    expect(keeper.badge().tooltip).toContain('due in 2 h');
    await clock.advance(5 * 60_000);
    expect(told).toEqual([]);
    await clock.advance(1);
    expect(told).toEqual(['Most urgent: Plan of action requested (US) · due in 1 h']);
    await clock.advance(hour);
    expect(told.at(-1)).toBe('Most urgent: Plan of action requested (US) · due in 59 min');
    await clock.advance(hour);
    expect(told.at(-1)).toBe('Most urgent: Plan of action requested (US) · overdue');
    // 1 h, then 59 down to 2 minutes, then "1 minute" until overdue: no more wakes after that.
    expect(told).toHaveLength(1 + 58 + 1 + 1);
    expect(clock.pending()).toBe(0);
  });

  it('plans no wake without a snooze still running, and none after stop', async () => {
    const { clock, keeper, at } = setup();
    keeper.commit(inboxOf([inboxItem({ snoozedUntil: at(-hour) })]));
    expect(clock.pending()).toBe(0);
    keeper.commit(inboxOf([inboxItem({ snoozedUntil: at(hour) })]));
    expect(clock.pending()).toBe(1);
    keeper.stop();
    expect(clock.pending()).toBe(0);
  });

  it('answers the badge from the summary file until the inbox is opened, in the state of the moment', () => {
    const saved = { unread: 3, highestSeverity: 'warning' as const, tooltip: 'Flagwatch', mostUrgentId: null };
    expect(setup({ summary: { badge: saved } }).keeper.badge()).toEqual({ ...saved, state: 'active' });
    expect(setup({ summary: { badge: { ...saved, unread: 0 } } }).keeper.badge().state).toBe('idle');
    expect(setup({ summary: { badge: saved }, connectivity: 'offline' }).keeper.badge().state).toBe('offline');
    const { keeper, stores } = setup({ summary: { badge: saved } });
    keeper.badge();
    expect(stores.opened.has('inbox')).toBe(false);
  });

  it('reads the inbox for the badge when a mailbox cannot be read, which the summary file does not know', () => {
    const saved = { unread: 3, highestSeverity: 'warning' as const, tooltip: 'Flagwatch', mostUrgentId: null };
    const { keeper, stores } = setup({
      summary: { badge: saved },
      unreadable: ['Cannot read seller on imap.example.com'],
    });
    const badge = keeper.badge();
    expect(stores.opened.has('inbox')).toBe(true);
    expect(badge.state).toBe('error');
    expect(badge.tooltip).toContain('Cannot read seller on imap.example.com');
  });

  it('logs the badge only when its count or state changes', () => {
    const { keeper, logged } = setup();
    keeper.emit();
    keeper.emit();
    keeper.commit(inboxOf([inboxItem()]));
    const badgeLogs = logged.filter(([message]) => message === 'badge changed');
    expect(badgeLogs).toEqual([
      ['badge changed', { unread: 0, state: 'idle', severity: null }],
      ['badge changed', { unread: 1, state: 'active', severity: 'warning' }],
    ]);
  });

  it('logs the badge when only its state changes, its count staying', () => {
    const { keeper, logged, link } = setup();
    keeper.commit(inboxOf([inboxItem()]));
    link.connectivity = 'offline';
    keeper.emit();
    expect(logged.filter(([message]) => message === 'badge changed').at(-1)).toEqual([
      'badge changed',
      { unread: 1, state: 'offline', severity: 'warning' },
    ]);
  });

  it('announces each damaged file once, where it was moved, when the inbox is first opened', () => {
    const recovery = {
      file: 'inbox.json',
      movedTo: 'inbox.json.damaged',
      restoredFromBackup: true,
      message: 'restored',
    };
    const { keeper, logged, recovered } = setup({ recoveries: [recovery] });
    keeper.inbox();
    keeper.inbox();
    keeper.announceRecoveries();
    expect(logged).toEqual([['restored', { file: 'inbox.json', movedTo: 'inbox.json.damaged' }]]);
    expect(recovered).toEqual([recovery]);
  });
});
