import { describe, expect, it } from 'vitest';
import { isSnoozed, isUnread } from '../../../../main/core/inbox/unread';
import { inboxItem } from '../../../support/fixtures';

const now = new Date('2026-11-02T09:00:00.000Z');

describe('isSnoozed', () => {
  it('holds until the snooze ends and not at that very moment', () => {
    expect(isSnoozed(inboxItem({ snoozedUntil: '2026-11-02T09:00:00.001Z' }), now)).toBe(true);
    expect(isSnoozed(inboxItem({ snoozedUntil: '2026-11-02T09:00:00.000Z' }), now)).toBe(false);
    expect(isSnoozed(inboxItem({ snoozedUntil: null }), now)).toBe(false);
  });
});

describe('isUnread', () => {
  it('is an open, unread notification whose snooze has ended', () => {
    expect(isUnread(inboxItem({ snoozedUntil: '2026-11-02T09:00:00.000Z' }), now)).toBe(true);
    expect(isUnread(inboxItem({ snoozedUntil: '2026-11-02T09:00:00.001Z' }), now)).toBe(false);
  });

  it('is neither a read nor a resolved one', () => {
    expect(isUnread(inboxItem({ read: true }), now)).toBe(false);
    expect(isUnread(inboxItem({ status: 'resolved', resolvedAt: '2026-11-02T08:00:00.000Z' }), now)).toBe(false);
  });
});
