import { describe, expect, it } from 'vitest';
import { digestSummary, type DigestInput } from '../../../../main/core/digest/digest-summary';
import type { MetricReading } from '../../../../main/core/schema';
import { account, DE, inboxItem, US } from '../../../support/fixtures';
import { appeal, attempt } from '../appeal/fixtures';

const now = new Date('2026-11-02T09:00:00.000Z');
const hour = 3_600_000;

function summary(input: Partial<DigestInput>) {
  return digestSummary({ notifications: [], accounts: [account()], readings: [], appeals: [], now, ...input });
}

function reading(metric: string, value: number, overrides: Partial<MetricReading> = {}): MetricReading {
  return { accountId: 'acct-1', marketplaceId: US, metric, value, at: '2026-11-02T08:00:00.000Z', ...overrides };
}

describe('digestSummary', () => {
  it('says all clear when nothing is open and no appeal waits', () => {
    expect(summary({ notifications: [inboxItem({ status: 'resolved', resolvedAt: now.toISOString() })] })).toEqual({
      generatedAt: now.toISOString(),
      groups: [],
      mostUrgent: null,
      nearTarget: [],
      awaitingAnswer: [],
      allClear: true,
    });
  });

  it('counts open notifications by metric group in Seller Central’s order, with the unread ones', () => {
    const { groups, allClear } = summary({
      notifications: [
        inboxItem({ key: 'a', group: 'shipping' }),
        inboxItem({ key: 'b', group: 'shipping', read: true }),
        inboxItem({ key: 'c', group: 'customerService', metric: 'orderDefectRate.mfn' }),
        // Snoozed: still open, but not unread until the snooze ends.
        inboxItem({ key: 'd', group: 'customerService', snoozedUntil: new Date(now.getTime() + hour).toISOString() }),
        inboxItem({ key: 'e', group: 'policyCompliance', status: 'resolved', resolvedAt: now.toISOString() }),
      ],
    });
    expect(groups).toEqual([
      { group: 'customerService', open: 2, unread: 1 },
      { group: 'shipping', open: 2, unread: 1 },
    ]);
    expect(allClear).toBe(false);
  });

  it('names the open notification with the nearest deadline and the time left', () => {
    const soon = inboxItem({ key: 'soon', title: 'Soon', deadline: new Date(now.getTime() + 5 * hour).toISOString() });
    const later = inboxItem({
      key: 'later',
      severity: 'critical',
      deadline: new Date(now.getTime() + 50 * hour).toISOString(),
    });
    const none = inboxItem({ key: 'none', severity: 'critical' });
    const { mostUrgent } = summary({ notifications: [later, none, soon] });
    expect(mostUrgent).toEqual({
      id: soon.id,
      title: 'Soon',
      group: 'shipping',
      accountId: 'acct-1',
      marketplaceId: US,
      deadline: soon.deadline,
      msLeft: 5 * hour,
    });
  });

  it('names the nearest deadline still ahead, not one passed, as the tray and the header do', () => {
    const passed = inboxItem({
      key: 'p',
      severity: 'critical',
      deadline: new Date(now.getTime() - hour).toISOString(),
    });
    const ahead = inboxItem({ key: 'a', deadline: new Date(now.getTime() + 3 * hour).toISOString() });
    expect(summary({ notifications: [passed, ahead] }).mostUrgent).toMatchObject({ id: ahead.id, msLeft: 3 * hour });
    expect(summary({ notifications: [passed] }).mostUrgent).toBeNull();
  });

  it('breaks a tie of deadlines by severity', () => {
    const deadline = new Date(now.getTime() + hour).toISOString();
    const warning = inboxItem({ key: 'w', deadline });
    const high = inboxItem({ key: 'h', severity: 'high', deadline });
    expect(summary({ notifications: [warning, high] }).mostUrgent).toMatchObject({ id: high.id, msLeft: hour });
  });

  it('finds the nearest deadline wherever it stands in the list, and passes over items without one', () => {
    const at = (hours: number) => new Date(now.getTime() + hours * hour).toISOString();
    const soon = inboxItem({ key: 'soon', deadline: at(5) });
    const later = inboxItem({ key: 'later', deadline: at(50) });
    const none = inboxItem({ key: 'none', severity: 'critical' });
    expect(summary({ notifications: [none, soon, later] }).mostUrgent?.id).toBe(soon.id);
    const high = inboxItem({ key: 'h', severity: 'high', deadline: at(5) });
    expect(summary({ notifications: [high, soon] }).mostUrgent?.id).toBe(high.id);
  });

  it('ignores the deadline of a resolved notification', () => {
    const deadline = new Date(now.getTime() + hour).toISOString();
    const resolved = inboxItem({ status: 'resolved', resolvedAt: now.toISOString(), deadline });
    expect(summary({ notifications: [resolved] }).mostUrgent).toBeNull();
  });

  it('lists metrics close to their target from the latest reading, for the accounts still watched', () => {
    const { nearTarget, allClear } = summary({
      readings: [
        reading('orderDefectRate.mfn', 0.002, { at: '2026-11-01T08:00:00.000Z' }),
        reading('orderDefectRate.mfn', 0.009),
        reading('lateShipmentRate', 0.01),
        reading('orderDefectRate.mfn', 0.0095, { accountId: 'gone', marketplaceId: DE }),
      ],
    });
    expect(nearTarget).toEqual([
      expect.objectContaining({ accountId: 'acct-1', metric: 'orderDefectRate.mfn', value: 0.009 }),
    ]);
    // A metric close to its target is something to watch, not something open.
    expect(allClear).toBe(true);
  });

  it('lists the appeals waiting for Amazon’s answer, oldest submission first, and is not all clear', () => {
    const n = inboxItem({ title: 'Authenticity complaint', status: 'resolved', resolvedAt: now.toISOString() });
    const waiting = appeal({ id: 'w', notificationId: n.id, attempts: [attempt({ at: '2026-11-01T10:00:00.000Z' })] });
    const older = appeal({ id: 'o', notificationId: null, attempts: [attempt({ at: '2026-10-30T10:00:00.000Z' })] });
    const answered = appeal({
      id: 'a',
      attempts: [attempt({ answer: { kind: 'rejected', at: '2026-11-01T12:00:00.000Z', text: '' } })],
    });
    const draft = appeal({ id: 'd' });
    const { awaitingAnswer, allClear } = summary({ notifications: [n], appeals: [waiting, answered, draft, older] });
    expect(awaitingAnswer).toEqual([
      {
        id: 'o',
        title: 'Your account is at risk.',
        accountId: 'acct-1',
        marketplaceId: US,
        submittedAt: '2026-10-30T10:00:00.000Z',
      },
      {
        id: 'w',
        title: 'Authenticity complaint',
        accountId: 'acct-1',
        marketplaceId: US,
        submittedAt: '2026-11-01T10:00:00.000Z',
      },
    ]);
    expect(allClear).toBe(false);
  });
});
