// One notification per notice, however often it is seen; a notice about an event a report
// inferred is attached to it; otherwise a new notification with a stable id.
import { describe, expect, it } from 'vitest';
import { parseNotice, type ParsedNotice } from '../../../../main/core/notice/parse-notice';
import { placeNotice, type NoticePlacementOrigin } from '../../../../main/core/notice/place-notice';
import type { PerformanceNotification } from '../../../../main/core/schema';
import { DE, inboxItem, US } from '../../../support/fixtures';
import { receivedAt, sampleNotice } from './fixtures';

const now = '2026-11-20T10:05:00.000Z';
const paste: NoticePlacementOrigin = { kind: 'paste', accountId: 'acct-1', marketplaceId: US, receivedAt };

function notice(name: string, text = sampleNotice(name)): ParsedNotice {
  const result = parseNotice({ text, receivedAt });
  if (!result.ok) throw new Error(result.reason);
  return result.notice;
}

function created(inbox: PerformanceNotification[], n: ParsedNotice, origin = paste): PerformanceNotification {
  const placed = placeNotice(inbox, n, origin, now);
  if (placed.kind !== 'created') throw new Error(`expected created, got ${placed.kind}`);
  return placed.notification;
}

/** A notification a report inferred about inauthenticity complaints, with no ASINs. */
const inferred = inboxItem({
  group: 'policyCompliance',
  metric: 'productAuthenticityCustomerComplaints',
  key: 'rise:2:2026-11-19',
  title: 'Product authenticity complaints rose to 2',
  severity: 'high',
  occurredAt: '2026-11-19T06:00:00.000Z',
});

describe('placeNotice', () => {
  it('creates an open, unread notification with the notice’s fields and its source', () => {
    const n = created([], notice('en-inauthentic-listings-removed'));
    expect(n).toMatchObject({
      accountId: 'acct-1',
      marketplaceId: US,
      group: 'policyCompliance',
      metric: 'productAuthenticityCustomerComplaints',
      severity: 'high',
      asins: ['B0C7KQ2M4X', 'B0D1TR88PL', '0306406152'],
      policy: 'Anti-Counterfeiting Policy',
      deadline: '2026-12-07T10:00:00.000Z',
      occurredAt: receivedAt,
      receivedAt: now,
      source: 'paste',
      status: 'open',
      read: false,
    });
    expect(n.notice).toMatchObject({ origin: 'paste', deadlineText: 'within 17 days', language: 'en' });
    expect(n.key).toMatch(/^notice:/);
  });

  it('ends a stated date at the end of that day in the marketplace’s own time', () => {
    const japanese = notice('ja-kigen-hiduke');
    expect(japanese).toMatchObject({ deadlineDay: '2026-12-05', deadline: '2026-12-05T23:59:59.000Z' });
    const JP = 'A1VC38T7YXB528';
    expect(created([], japanese, { ...paste, marketplaceId: JP }).deadline).toBe('2026-12-05T14:59:59.000Z');
    expect(created([], japanese, { ...paste, marketplaceId: US }).deadline).toBe('2026-12-06T04:59:59.000Z');
    const german = created([], notice('de-richtlinienwarnung-datum'), { ...paste, marketplaceId: DE });
    expect(german).toMatchObject({ deadline: '2026-11-30T22:59:59.000Z' });
    expect(german.notice?.deadline).toBe('2026-11-30T22:59:59.000Z');
  });

  it('keeps a period’s deadline wherever the notice is placed: it counts from the arrival', () => {
    const period = notice('en-inauthentic-listings-removed');
    expect(period.deadlineDay).toBeNull();
    expect(created([], period, { ...paste, marketplaceId: DE }).deadline).toBe(period.deadline);
  });

  it('gives the same notice the same id in the same account and marketplace, another elsewhere', () => {
    const a = created([], notice('ja-shinsei'));
    const b = created([], notice('ja-shinsei'));
    const elsewhere = created([], notice('ja-shinsei'), { ...paste, marketplaceId: DE });
    expect(a.id).toBe(b.id);
    expect(elsewhere.id).not.toBe(a.id);
  });

  it('recognises the same notice pasted twice, whatever the wraps and spacing', () => {
    const first = created([], notice('en-inauthentic-listings-removed'));
    const rewrapped = sampleNotice('en-inauthentic-listings-removed')
      .replace(/\n(?!\n)/g, ' ')
      .replace(/ +/g, '  ');
    expect(placeNotice([first], notice('x', rewrapped), paste, now)).toEqual({ kind: 'duplicate', id: first.id });
  });

  it('recognises a paste from Seller Central inside the email that carried it (greeting, footer, links)', () => {
    const pasted = sampleNotice('en-policy-warning-single-paragraph').replace(/ Learn more: \S+/, '');
    const emailed = `Hello,\n\n${sampleNotice('en-policy-warning-single-paragraph')}\n\nSincerely,\nAmazon.com`;
    const first = created([], notice('x', pasted));
    const again = placeNotice([first], notice('x', emailed), { ...paste, kind: 'email' }, now);
    expect(again).toEqual({ kind: 'duplicate', id: first.id });
  });

  it('keeps two different notices about the same ASIN apart', () => {
    const first = created(
      [],
      notice('x', 'Policy Warning\n\nWe removed the listing B0B5JN6Y2Q for a Restricted Products Policy issue.'),
    );
    const second = placeNotice(
      [first],
      notice(
        'x',
        'Policy Warning\n\nWe reinstated the listing B0B5JN6Y2Q after review of your Restricted Products Policy appeal.',
      ),
      paste,
      now,
    );
    expect(second.kind).toBe('created');
  });

  it('does not take a short fragment for a copy of a longer notice', () => {
    const first = created([], notice('en-inauthentic-listings-removed'));
    expect(placeNotice([first], notice('x', 'Policy Warning: Account Health'), paste, now).kind).toBe('created');
  });

  it('links a notice to the report’s notification of the same metric within the date window, enriching it', () => {
    const placed = placeNotice([inferred], notice('en-inauthentic-listings-removed'), paste, now);
    expect(placed.kind).toBe('linked');
    if (placed.kind !== 'linked') return;
    expect(placed.id).toBe(inferred.id);
    expect(placed.notification).toMatchObject({
      title: inferred.title,
      text: inferred.text,
      asins: ['B0C7KQ2M4X', 'B0D1TR88PL', '0306406152'],
      deadline: '2026-12-07T10:00:00.000Z',
      policy: 'Anti-Counterfeiting Policy',
      source: 'test',
    });
    expect(placed.notification.notice?.text).toContain('Anti-Counterfeiting Policy');
    expect(placed.next).toEqual([placed.notification]);
  });

  it('links by a shared ASIN whatever the metric or date', () => {
    const listing = inboxItem({
      metric: 'listingIssues',
      key: 'listing:B0D1TR88PL',
      asins: ['B0D1TR88PL'],
      occurredAt: '2026-01-01T00:00:00.000Z',
    });
    expect(placeNotice([listing], notice('en-inauthentic-listings-removed'), paste, now)).toMatchObject({
      kind: 'linked',
      id: listing.id,
    });
  });

  it.each([
    ['another marketplace', { marketplaceId: DE }],
    ['another account', { accountId: 'acct-2' }],
    ['another metric', { metric: 'receivedIntellectualPropertyComplaints' }],
    ['outside the date window', { occurredAt: '2026-10-01T00:00:00.000Z' }],
    ['resolved', { status: 'resolved' as const }],
  ])('does not link to a notification of %s', (_, overrides) => {
    const other = { ...inferred, ...overrides };
    expect(placeNotice([other], notice('en-inauthentic-listings-removed'), paste, now).kind).toBe('created');
  });

  it('does not link a second notice to a notification that already carries one', () => {
    const linked = placeNotice([inferred], notice('en-inauthentic-listings-removed'), paste, now);
    if (linked.kind !== 'linked') throw new Error('not linked');
    const other = notice(
      'x',
      'Account Health\n\nCustomers reported inauthentic items: B0ZZZZZZZ1. Please submit invoices.',
    );
    expect(placeNotice(linked.next, other, paste, now).kind).toBe('created');
  });

  it('recognises a notice already linked when it is seen again', () => {
    const linked = placeNotice([inferred], notice('en-inauthentic-listings-removed'), paste, now);
    if (linked.kind !== 'linked') throw new Error('not linked');
    expect(
      placeNotice(linked.next, notice('en-inauthentic-listings-removed'), { ...paste, kind: 'email' }, now),
    ).toEqual({
      kind: 'duplicate',
      id: inferred.id,
    });
  });
});
