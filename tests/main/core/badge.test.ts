import { describe, expect, it } from 'vitest';
import { badgeModel, timeLeft } from '../../../main/core/badge';
import { inboxItem } from '../../support/fixtures';

const now = new Date('2026-11-02T09:00:00.000Z');

describe('badgeModel', () => {
  it('counts open, unread, unsnoozed notifications only', () => {
    const notifications = [
      inboxItem({ key: 'a' }),
      inboxItem({ key: 'b', read: true }),
      inboxItem({ key: 'c', status: 'resolved', resolvedAt: '2026-11-02T08:00:00.000Z' }),
      inboxItem({ key: 'd', snoozedUntil: '2026-11-03T00:00:00.000Z' }),
      inboxItem({ key: 'e', snoozedUntil: '2026-11-01T00:00:00.000Z' }),
    ];
    expect(badgeModel({ notifications, connectivity: 'ok', now }).unread).toBe(2);
  });

  it('is idle with nothing unread and active otherwise', () => {
    expect(badgeModel({ notifications: [], connectivity: 'ok', now })).toMatchObject({
      unread: 0,
      state: 'idle',
      highestSeverity: null,
      mostUrgentId: null,
    });
    expect(badgeModel({ notifications: [inboxItem()], connectivity: 'ok', now }).state).toBe('active');
  });

  it('shows error and offline states over the count, and says why in the tooltip', () => {
    const error = badgeModel({
      notifications: [inboxItem()],
      connectivity: 'error',
      error: 'Amazon is unreachable',
      now,
    });
    expect(error).toMatchObject({ state: 'error', unread: 1 });
    expect(error.tooltip).toContain('Last check failed: Amazon is unreachable');
    expect(badgeModel({ notifications: [], connectivity: 'offline', now }).tooltip).toContain('Offline');
  });

  it('names the most urgent item: highest severity, then nearest deadline', () => {
    const warning = inboxItem({ key: 'w', severity: 'warning', title: 'Late Shipment Rate above target' });
    const critical = inboxItem({
      key: 'c',
      severity: 'critical',
      title: 'Your account is at risk of deactivation',
      deadline: '2026-11-05T09:00:00.000Z',
    });
    const high = inboxItem({ key: 'h', severity: 'critical', title: 'Sooner', deadline: '2026-11-03T09:00:00.000Z' });
    const badge = badgeModel({ notifications: [warning, critical, high], connectivity: 'ok', now });
    expect(badge.highestSeverity).toBe('critical');
    expect(badge.mostUrgentId).toBe(high.id);
    expect(badge.tooltip).toBe('Flagwatch\n3 unread performance notifications\nMost urgent: Sooner (US) · due in 24 h');
  });
});

describe('timeLeft', () => {
  it('speaks in days, hours or minutes, and says overdue', () => {
    expect(timeLeft(3 * 86_400_000)).toBe('due in 3 d');
    expect(timeLeft(5 * 3_600_000)).toBe('due in 5 h');
    expect(timeLeft(90_000)).toBe('due in 1 min');
    expect(timeLeft(0)).toBe('overdue');
  });
});
