import { describe, expect, it } from 'vitest';
import { badgeModel, badgeReading, byUrgency, timeLeft, timeLeftHoldsFor } from '../../../main/core/badge';
import { moreUrgent } from '../../../main/core/urgency';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import type { PerformanceNotification } from '../../../main/core/schema';
import { inboxItem } from '../../support/fixtures';

const now = new Date('2026-11-02T09:00:00.000Z');
const t = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('badgeModel', () => {
  it('counts open, unread, unsnoozed notifications only', () => {
    const notifications = [
      inboxItem({ key: 'a' }),
      inboxItem({ key: 'b', read: true }),
      inboxItem({ key: 'c', status: 'resolved', resolvedAt: '2026-11-02T08:00:00.000Z' }),
      inboxItem({ key: 'd', snoozedUntil: '2026-11-03T00:00:00.000Z' }),
      inboxItem({ key: 'e', snoozedUntil: '2026-11-01T00:00:00.000Z' }),
    ];
    expect(badgeModel({ notifications, connectivity: 'ok', now, t }).unread).toBe(2);
  });

  it('is idle with nothing unread and active otherwise', () => {
    expect(badgeModel({ notifications: [], connectivity: 'ok', now, t })).toMatchObject({
      unread: 0,
      state: 'idle',
      highestSeverity: null,
      mostUrgentId: null,
    });
    expect(badgeModel({ notifications: [inboxItem()], connectivity: 'ok', now, t }).state).toBe('active');
  });

  it('shows error and offline states over the count, and says why in the tooltip', () => {
    const error = badgeModel({
      notifications: [inboxItem()],
      connectivity: 'error',
      error: 'Amazon is unreachable',
      now,
      t,
    });
    expect(error).toMatchObject({ state: 'error', unread: 1 });
    expect(error.tooltip).toContain('Last check failed: Amazon is unreachable');
    expect(badgeModel({ notifications: [], connectivity: 'offline', now, t }).tooltip).toContain('Offline');
  });

  describe('with a mailbox that cannot be read', () => {
    const unreadable = ['Cannot read seller on imap.example.com'];

    it('is an error, idle or not, and names the mailbox after the count', () => {
      for (const notifications of [[], [inboxItem()]]) {
        const badge = badgeModel({ notifications, connectivity: 'ok', unreadable, now, t });
        expect(badge.state).toBe('error');
        expect(badge.tooltip.split('\n').slice(0, 3)).toEqual([
          'Flagwatch',
          'Cannot read seller on imap.example.com',
          t.t('tray.tooltip.unread', { count: notifications.length }),
        ]);
      }
    });

    it('says a failed check as well when there is one, and nothing of a check that did not fail', () => {
      const both = badgeModel({
        notifications: [],
        connectivity: 'error',
        error: 'Amazon is unreachable',
        unreadable,
        now,
        t,
      });
      expect(both.tooltip.split('\n').slice(1, 3)).toEqual([
        'Last check failed: Amazon is unreachable',
        'Cannot read seller on imap.example.com',
      ]);
      const mailOnly = badgeModel({ notifications: [], connectivity: 'ok', error: 'stale', unreadable, now, t });
      expect(mailOnly.tooltip).not.toContain('Last check failed');
    });

    it('stays offline when offline, since every mailbox fails then', () => {
      const offline = badgeModel({ notifications: [], connectivity: 'offline', unreadable, now, t });
      expect(offline.state).toBe('offline');
      // No mailbox line at all: offline, then the count.
      expect(offline.tooltip).toBe(
        ['Flagwatch', t.t('tray.tooltip.offline'), t.t('tray.tooltip.unread', { count: 0 })].join('\n'),
      );
    });

    it('is not an error with none', () => {
      expect(badgeModel({ notifications: [], connectivity: 'ok', unreadable: [], now, t }).state).toBe('idle');
    });
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
    const badge = badgeModel({ notifications: [warning, critical, high], connectivity: 'ok', now, t });
    expect(badge.highestSeverity).toBe('critical');
    expect(badge.mostUrgentId).toBe(high.id);
    expect(badge.tooltip).toBe('Flagwatch\n3 unread performance notifications\nMost urgent: Sooner (US) · due in 24 h');
  });
});

describe('the tooltip names the nearest deadline', () => {
  const atRisk = inboxItem({
    key: 'r',
    severity: 'high',
    title: 'Your account is at risk',
    read: true,
    deadline: '2026-11-03T21:00:00.000Z',
  });
  const late = inboxItem({ key: 'l', severity: 'critical', title: 'Late Shipment Rate above target' });

  it('when it is another notification than the most urgent unread one, read ones included', () => {
    expect(badgeModel({ notifications: [late, atRisk], connectivity: 'ok', now, t }).tooltip).toBe(
      'Flagwatch\n1 unread performance notification\nMost urgent: Late Shipment Rate above target (US)\n' +
        'Next deadline: Your account is at risk (US) · due in 36 h',
    );
    expect(badgeModel({ notifications: [late, atRisk], connectivity: 'ok', now, t: zh }).tooltip).toContain(
      '最近的截止时间：Your account is at risk（US） · 36 小时后到期',
    );
  });

  it('as the one still ahead: neither a passed deadline nor a resolved notification', () => {
    const passed = { ...atRisk, key: 'p', id: 'p', deadline: '2026-11-02T08:00:00.000Z' };
    const resolved = { ...atRisk, id: 'x', status: 'resolved' as const, deadline: '2026-11-02T10:00:00.000Z' };
    const tooltip = badgeModel({ notifications: [late, passed, resolved, atRisk], connectivity: 'ok', now, t }).tooltip;
    expect(tooltip.split('\n').at(-1)).toBe('Next deadline: Your account is at risk (US) · due in 36 h');
  });

  it('says nothing more when no open notification has a deadline ahead', () => {
    expect(badgeModel({ notifications: [late], connectivity: 'ok', now, t }).tooltip).not.toContain('Next deadline');
  });
});

describe('moreUrgent and byUrgency', () => {
  const base = {
    severity: 'warning' as const,
    deadline: '2026-11-05T09:00:00.000Z',
    occurredAt: '2026-11-01T09:00:00.000Z',
  };
  const older = inboxItem({ ...base, key: 'older' });
  const newer = inboxItem({ ...base, key: 'newer', occurredAt: '2026-11-01T10:00:00.000Z' });

  it('puts a higher severity first whatever the deadlines', () => {
    const critical = inboxItem({ ...base, key: 'c', severity: 'critical', deadline: null });
    const warning = inboxItem({ ...base, key: 'w', deadline: '2026-11-02T10:00:00.000Z' });
    expect(moreUrgent(critical, warning)).toBe(true);
    expect(moreUrgent(warning, critical)).toBe(false);
    expect([warning, critical].sort(byUrgency)).toEqual([critical, warning]);
  });

  it('puts the nearer deadline first at the same severity, and a deadline before none', () => {
    const sooner = inboxItem({ ...base, key: 's', deadline: '2026-11-03T09:00:00.000Z' });
    const none = inboxItem({ ...base, key: 'n', deadline: null, occurredAt: '2026-11-01T11:00:00.000Z' });
    expect(moreUrgent(sooner, older)).toBe(true);
    expect(moreUrgent(older, sooner)).toBe(false);
    expect(moreUrgent(older, none)).toBe(true);
    expect([none, older, sooner].sort(byUrgency)).toEqual([sooner, older, none]);
  });

  it('breaks a tie of severity and deadline by the newer event', () => {
    expect(moreUrgent(newer, older)).toBe(true);
    expect(moreUrgent(older, newer)).toBe(false);
    expect([older, newer].sort(byUrgency)).toEqual([newer, older]);
  });

  it('finds neither of two equally urgent items more urgent', () => {
    const twin = inboxItem({ ...base, key: 'twin' });
    expect(moreUrgent(older, twin)).toBe(false);
    expect(byUrgency(older, twin)).toBe(0);
  });

  it('lets the badge keep the most urgent item wherever it stands in the list', () => {
    const badge = (notifications: (typeof older)[]) =>
      badgeModel({ notifications, connectivity: 'ok', now, t }).mostUrgentId;
    expect(badge([newer, older])).toBe(newer.id);
    expect(badge([older, newer])).toBe(newer.id);
  });
});

describe('timeLeft', () => {
  it('says hours from exactly one hour on, minutes below it', () => {
    expect(timeLeft(3_600_000, t)).toBe('due in 1 h');
    expect(timeLeft(3_600_000 - 1, t)).toBe('due in 59 min');
  });

  it('leaves the due time out of the tooltip when the most urgent item has no deadline', () => {
    const item = inboxItem({ title: 'No deadline', deadline: null });
    expect(badgeModel({ notifications: [item], connectivity: 'ok', now, t }).tooltip).toBe(
      'Flagwatch\n1 unread performance notification\nMost urgent: No deadline (US)',
    );
  });

  it('speaks in days, hours or minutes, and says overdue', () => {
    expect(timeLeft(3 * 86_400_000, t)).toBe('due in 3 d');
    expect(timeLeft(5 * 3_600_000, t)).toBe('due in 5 h');
    expect(timeLeft(90_000, t)).toBe('due in 1 min');
    expect(timeLeft(0, t)).toBe('overdue');
  });

  it('counts whole days only from 48 hours on', () => {
    expect(timeLeft(48 * 3_600_000 - 60_000, t)).toBe('due in 47 h');
    expect(timeLeft(48 * 3_600_000, t)).toBe('due in 2 d');
    expect(timeLeft(-60_000, t)).toBe('overdue');
    expect(timeLeft(3 * 86_400_000, zh)).toBe('3 天后到期');
  });
});

describe('badgeModel in Simplified Chinese', () => {
  it('words the tooltip in Chinese, keeping the notification’s own title', () => {
    const item = inboxItem({ title: 'Late Shipment Rate above target', deadline: '2026-11-05T09:00:00.000Z' });
    expect(badgeModel({ notifications: [item], connectivity: 'ok', now, t: zh }).tooltip).toBe(
      'Flagwatch\n1 条未读绩效通知\n最紧急：Late Shipment Rate above target（US） · 3 天后到期',
    );
    expect(badgeModel({ notifications: [], connectivity: 'ok', now, t: zh }).tooltip).toBe(
      'Flagwatch\n没有未读的绩效通知',
    );
  });

  it('says offline and why a check failed in Chinese', () => {
    expect(badgeModel({ notifications: [], connectivity: 'offline', now, t: zh }).tooltip).toContain(
      '离线：显示最后已知的通知',
    );
    expect(badgeModel({ notifications: [], connectivity: 'error', now, t: zh }).tooltip).toContain(
      '上次检查失败：出现了问题',
    );
  });
});

describe('timeLeft in Simplified Chinese', () => {
  it('speaks in days, hours or minutes, and says overdue', () => {
    expect(timeLeft(3 * 86_400_000, zh)).toBe('3 天后到期');
    expect(timeLeft(5 * 3_600_000, zh)).toBe('5 小时后到期');
    expect(timeLeft(59_000, zh)).toBe('1 分钟后到期');
    expect(timeLeft(-1, zh)).toBe('已逾期');
  });

  it('switches to days at 48 hours, not before', () => {
    expect(timeLeft(48 * 3_600_000 - 1, zh)).toBe('47 小时后到期');
    expect(timeLeft(48 * 3_600_000, zh)).toBe('2 天后到期');
  });
});

describe('timeLeftHoldsFor', () => {
  const minute = 60_000;
  const hour = 60 * minute;
  /** The words hold for exactly that long: the same until the last millisecond, different after. */
  const expectHoldsExactly = (ms: number) => {
    const holds = timeLeftHoldsFor(ms)!;
    expect(holds, `at ${ms} ms`).toBeGreaterThan(0);
    expect(timeLeft(ms - holds + 1, t), `at ${ms} ms`).toBe(timeLeft(ms, t));
    expect(timeLeft(ms - holds, t), `at ${ms} ms`).not.toBe(timeLeft(ms, t));
  };

  it('lasts until the words name one unit fewer, at each unit and across their edges', () => {
    for (const ms of [
      5 * 24 * hour + 7,
      3 * 24 * hour,
      48 * hour,
      48 * hour - 1,
      47 * hour + 30 * minute,
      hour,
      hour - 1,
      2 * minute,
      2 * minute - 1,
      minute,
      1,
    ]) {
      expectHoldsExactly(ms);
    }
  });

  it('lasts to the deadline itself from the last two minutes, which all say one minute', () => {
    expect(timeLeftHoldsFor(90_000)).toBe(90_000);
    expect(timeLeft(1, t)).toBe(timeLeft(90_000, t));
  });

  it('is over once overdue: the words do not change again', () => {
    expect(timeLeftHoldsFor(0)).toBeNull();
    expect(timeLeftHoldsFor(-hour)).toBeNull();
  });

  it('holds for times left spread over ten days', () => {
    // A large prime step lands on every kind of remainder; fixed, so a failure repeats.
    for (let i = 1; i <= 500; i++) expectHoldsExactly(1 + ((i * 7_919_993_647) % (10 * 24 * hour)));
  });
});

describe('badgeReading', () => {
  const holdsFor = (notifications: PerformanceNotification[]) =>
    badgeReading({ notifications, connectivity: 'ok', now, t }).holdsFor;

  it('holds as long as the shorter of the most urgent item’s and the nearest deadline’s words', () => {
    // The critical one is most urgent, 3 days 2 h ahead; the warning's deadline is nearer, 5 h 10 min ahead.
    const critical = inboxItem({ key: 'c', severity: 'critical', deadline: '2026-11-05T11:00:00.000Z' });
    const warning = inboxItem({ key: 'w', severity: 'warning', read: true, deadline: '2026-11-02T14:10:00.000Z' });
    expect(holdsFor([critical, warning])).toBe(10 * 60_000 + 1);
    expect(holdsFor([critical])).toBe(2 * 3_600_000 + 1);
  });

  it('holds for ever with no deadline ahead', () => {
    expect(holdsFor([inboxItem({ deadline: null })])).toBeNull();
    expect(holdsFor([inboxItem({ deadline: '2026-11-02T08:00:00.000Z' })])).toBeNull();
    expect(holdsFor([])).toBeNull();
  });
});
