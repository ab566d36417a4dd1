import { describe, expect, it } from 'vitest';
import { recentContact, type SupportContact } from '../../../../main/core/support/contact-log';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-10T12:00:00.000Z');
const ago = (days: number) => new Date(now.getTime() - days * day).toISOString();

function contact(overrides: Partial<SupportContact>): SupportContact {
  return {
    id: 'c1',
    at: ago(1),
    channel: 'phone',
    caseId: '',
    note: '',
    notificationId: 'n1',
    accountId: 'acct-1',
    marketplaceId: 'ATVPDKIKX0DER',
    ...overrides,
  };
}

describe('recentContact', () => {
  it('finds a contact about the same notification within the window', () => {
    const earlier = contact({ at: ago(3) });
    expect(recentContact([earlier], 'n1', now, 7)).toBe(earlier);
  });

  it('picks the latest of several', () => {
    const older = contact({ id: 'a', at: ago(5) });
    const newer = contact({ id: 'b', at: ago(2) });
    expect(recentContact([newer, older], 'n1', now, 7)?.id).toBe('b');
  });

  it('lets a contact exactly the window’s age go, and warns one moment younger', () => {
    expect(recentContact([contact({ at: ago(7) })], 'n1', now, 7)).toBeNull();
    expect(
      recentContact([contact({ at: new Date(now.getTime() - 7 * day + 1).toISOString() })], 'n1', now, 7),
    ).not.toBeNull();
  });

  it('ignores other notifications, and never warns for a contact about none', () => {
    expect(recentContact([contact({ notificationId: 'n2' })], 'n1', now, 7)).toBeNull();
    expect(recentContact([contact({ notificationId: null })], null, now, 7)).toBeNull();
  });
});
