// Realistic inbox data for renderer tests, with times relative to now so "due in" reads stably.
import type { Account, MailboxConfig, PerformanceNotification, SourceStatus, Status } from '../../preload/contract';
import { mailboxConfig } from '../support/mailbox-config';

const hour = 3_600_000;

export function hoursFromNow(hours: number): string {
  return new Date(Date.now() + hours * hour).toISOString();
}

export const accounts: Account[] = [
  {
    id: 'acct-northwind',
    name: 'Northwind Goods',
    source: 'demo',
    marketplaceIds: ['ATVPDKIKX0DER', 'A1PA6795UKMFR9'],
  },
  { id: 'acct-bluebird', name: 'Bluebird Home', source: 'demo', marketplaceIds: ['A1F83G8C2ARO7P'] },
];

let counter = 0;

/** An open, unread notification; override what the test is about. */
export function aNotification(overrides: Partial<PerformanceNotification> = {}): PerformanceNotification {
  counter++;
  return {
    id: `n-${counter}`,
    source: 'demo',
    accountId: 'acct-northwind',
    marketplaceId: 'ATVPDKIKX0DER',
    group: 'policyCompliance',
    metric: 'listingPolicyViolations',
    key: `key-${counter}`,
    title: `Listing policy violation ${counter}`,
    text: 'We removed a listing because it violates our listing policy.',
    severity: 'warning',
    asins: [],
    occurredAt: hoursFromNow(-30),
    deadline: null,
    receivedAt: hoursFromNow(-24),
    status: 'open',
    resolvedAt: null,
    read: false,
    snoozedUntil: null,
    ...overrides,
  };
}

export function aStatus(overrides: Partial<Status> = {}): Status {
  return {
    state: 'idle',
    polling: false,
    notificationsPaused: false,
    lastPollAt: hoursFromNow(-0.1),
    lastSuccessAt: hoursFromNow(-0.1),
    nextPollAt: hoursFromNow(0.4),
    error: null,
    sources: [],
    ...overrides,
  };
}

/** One source's status: a healthy SP-API account, checked a moment ago. */
export function aSourceStatus(overrides: Partial<SourceStatus> = {}): SourceStatus {
  return {
    id: 'spapi:acct-northwind',
    label: 'Northwind Goods',
    accountId: 'acct-northwind',
    polling: false,
    lastPollAt: hoursFromNow(-0.1),
    lastSuccessAt: hoursFromNow(-0.1),
    nextPollAt: hoursFromNow(0.4),
    error: null,
    ...overrides,
  };
}

/** A mailbox added in the window: the seller's shop address on a TLS server, inbox and spam read. */
export const shopMailbox: MailboxConfig = mailboxConfig({ id: 'imap-shop', accountId: 'acct-northwind' });
