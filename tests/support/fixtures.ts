// Small builders for domain data, so each test states only what it is about.
import { notificationId } from '../../main/core/notification-id';
import type { Account, PerformanceNotification, Snapshot, SourceNotification } from '../../main/core/schema';
import type { SupportContact } from '../../main/core/support/contact-log';

export const US = 'ATVPDKIKX0DER';
export const DE = 'A1PA6795UKMFR9';

export function account(overrides: Partial<Account> = {}): Account {
  return { id: 'acct-1', name: 'Bluefin Outdoor Supply', source: 'test', marketplaceIds: [US], ...overrides };
}

export function sourceNotification(overrides: Partial<SourceNotification> = {}): SourceNotification {
  return {
    accountId: 'acct-1',
    marketplaceId: US,
    group: 'shipping',
    metric: 'lateShipmentRate',
    key: 'lsr-2026-11-01',
    title: 'Late Shipment Rate above target',
    text: 'Your Late Shipment Rate is 6.2 %, above the 4 % target.',
    severity: 'warning',
    asins: [],
    occurredAt: '2026-11-01T08:00:00.000Z',
    deadline: null,
    ...overrides,
  };
}

export function inboxItem(overrides: Partial<PerformanceNotification> = {}): PerformanceNotification {
  const base = sourceNotification(overrides);
  return {
    ...base,
    id: notificationId(base),
    source: 'test',
    receivedAt: '2026-11-01T09:00:00.000Z',
    status: 'open',
    resolvedAt: null,
    read: false,
    snoozedUntil: null,
    ...overrides,
  };
}

export function snapshot(notifications: SourceNotification[], overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    source: 'test',
    takenAt: '2026-11-02T09:00:00.000Z',
    accounts: [account()],
    metrics: [],
    notifications,
    ...overrides,
  };
}

/** A call to Seller Support about notification n1, logged with its case number and a note. */
export function supportContact(overrides: Partial<SupportContact> = {}): SupportContact {
  return {
    id: 'c1',
    at: '2026-11-02T10:00:00.000Z',
    channel: 'phone',
    caseId: '1234567890',
    note: 'Asked to add invoices to the case.',
    notificationId: 'n1',
    accountId: 'acct-1',
    marketplaceId: DE,
    ...overrides,
  };
}
