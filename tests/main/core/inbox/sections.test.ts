import { describe, expect, it } from 'vitest';
import { groupSections } from '../../../../main/core/inbox/sections';
import { aNotification, hoursFromNow } from '../../../renderer/fixtures';

describe('groupSections', () => {
  const now = new Date();

  it('gives every metric group in order, empty ones included', () => {
    const sections = groupSections([aNotification({ group: 'account', metric: 'accountStatus' })], now);
    expect(sections.map((s) => [s.group, s.notifications.length, s.unread])).toEqual([
      ['customerService', 0, 0],
      ['policyCompliance', 0, 0],
      ['shipping', 0, 0],
      ['account', 1, 1],
    ]);
  });

  it('counts unread per group: open, not read, not snoozed', () => {
    const sections = groupSections(
      [
        aNotification(),
        aNotification({ read: true }),
        aNotification({ snoozedUntil: hoursFromNow(2) }),
        aNotification({ snoozedUntil: hoursFromNow(-2) }),
        aNotification({ status: 'resolved', resolvedAt: hoursFromNow(-1) }),
      ],
      now,
    );
    const policy = sections.find((s) => s.group === 'policyCompliance')!;
    expect(policy.unread).toBe(2);
    expect(policy.notifications).toHaveLength(3);
  });
});
