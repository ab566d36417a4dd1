import { describe, expect, it } from 'vitest';
import {
  defaultInboxQuery,
  filterInbox,
  inboxStatusOf,
  narrowsSearch,
  prepareSearch,
  queryInbox,
  sortInbox,
  unreadByGroup,
  type InboxQuery,
} from '../../../../main/core/inbox/inbox-query';
import type { PerformanceNotification } from '../../../../main/core/schema';
import { DE, US, inboxItem } from '../../../support/fixtures';

const now = new Date('2026-11-02T12:00:00.000Z');
const query = (overrides: Partial<InboxQuery> = {}): InboxQuery => ({ ...defaultInboxQuery, ...overrides });
const keys = (list: PerformanceNotification[]) => list.map((n) => n.key);

describe('inboxStatusOf', () => {
  it('is snoozed while the snooze lies ahead, and open again from the very instant it ends', () => {
    expect(inboxStatusOf(inboxItem({ snoozedUntil: '2026-11-02T12:00:00.001Z' }), now)).toBe('snoozed');
    expect(inboxStatusOf(inboxItem({ snoozedUntil: '2026-11-02T12:00:00.000Z' }), now)).toBe('open');
  });

  it('is resolved for a resolved item, even one still snoozed', () => {
    const n = inboxItem({
      status: 'resolved',
      resolvedAt: '2026-11-02T10:00:00.000Z',
      snoozedUntil: '2026-12-01T00:00:00.000Z',
    });
    expect(inboxStatusOf(n, now)).toBe('resolved');
  });
});

describe('sortInbox', () => {
  const a = inboxItem({
    key: 'a',
    severity: 'warning',
    deadline: '2026-11-05T00:00:00.000Z',
    occurredAt: '2026-10-01T00:00:00.000Z',
  });
  const b = inboxItem({ key: 'b', severity: 'critical', deadline: null, occurredAt: '2026-10-30T00:00:00.000Z' });
  const c = inboxItem({
    key: 'c',
    severity: 'info',
    deadline: '2026-11-03T00:00:00.000Z',
    occurredAt: '2026-10-15T00:00:00.000Z',
  });

  it('by deadline: the nearest first, those without one last', () => {
    expect(keys(sortInbox([a, b, c], 'deadline'))).toEqual(['c', 'a', 'b']);
  });

  it('by severity: critical first, down to info', () => {
    expect(keys(sortInbox([a, b, c], 'severity'))).toEqual(['b', 'a', 'c']);
  });

  it('by date: the newest event first', () => {
    expect(keys(sortInbox([a, b, c], 'date'))).toEqual(['b', 'c', 'a']);
  });

  it('breaks a tie on deadline by severity, then by the newer event', () => {
    const due = '2026-11-04T00:00:00.000Z';
    const low = inboxItem({ key: 'low', severity: 'info', deadline: due });
    const olderHigh = inboxItem({
      key: 'older',
      severity: 'high',
      deadline: due,
      occurredAt: '2026-10-01T00:00:00.000Z',
    });
    const newerHigh = inboxItem({
      key: 'newer',
      severity: 'high',
      deadline: due,
      occurredAt: '2026-10-02T00:00:00.000Z',
    });
    expect(keys(sortInbox([low, olderHigh, newerHigh], 'deadline'))).toEqual(['newer', 'older', 'low']);
  });

  it('puts items equal in every key in the order of their ids, whatever the input order', () => {
    const x = inboxItem({ key: 'x' });
    const y = inboxItem({ key: 'y' });
    const expected = [x, y].sort((p, q) => (p.id < q.id ? -1 : 1)).map((n) => n.key);
    expect(keys(sortInbox([x, y], 'severity'))).toEqual(expected);
    expect(keys(sortInbox([y, x], 'severity'))).toEqual(expected);
  });

  it('returns a new array and leaves its input alone', () => {
    const input = [a, b, c];
    const sorted = sortInbox(input, 'severity');
    expect(sorted).not.toBe(input);
    expect(keys(input)).toEqual(['a', 'b', 'c']);
  });

  it('sorts an empty inbox to an empty list', () => {
    expect(sortInbox([], 'date')).toEqual([]);
  });
});

describe('filterInbox', () => {
  const inbox = [
    inboxItem({ key: 'us-ship', accountId: 'acct-1', marketplaceId: US, group: 'shipping', severity: 'warning' }),
    inboxItem({
      key: 'de-policy',
      accountId: 'acct-2',
      marketplaceId: DE,
      group: 'policyCompliance',
      severity: 'high',
      read: true,
    }),
    inboxItem({ key: 'snoozed', snoozedUntil: '2026-11-03T12:00:00.000Z' }),
    inboxItem({ key: 'resolved', status: 'resolved', resolvedAt: '2026-11-01T12:00:00.000Z' }),
  ];

  it('shows the open ones by default, neither snoozed nor resolved', () => {
    expect(keys(filterInbox(inbox, query(), now))).toEqual(['us-ship', 'de-policy']);
  });

  it('shows only the snoozed, or only the resolved, when asked', () => {
    expect(keys(filterInbox(inbox, query({ status: 'snoozed' }), now))).toEqual(['snoozed']);
    expect(keys(filterInbox(inbox, query({ status: 'resolved' }), now))).toEqual(['resolved']);
  });

  it('keeps what matches any of the chosen accounts, marketplaces, groups or severities', () => {
    expect(keys(filterInbox(inbox, query({ accounts: ['acct-2', 'acct-9'] }), now))).toEqual(['de-policy']);
    expect(keys(filterInbox(inbox, query({ marketplaces: [US] }), now))).toEqual(['us-ship']);
    expect(keys(filterInbox(inbox, query({ groups: ['policyCompliance', 'account'] }), now))).toEqual(['de-policy']);
    expect(keys(filterInbox(inbox, query({ severities: ['warning'] }), now))).toEqual(['us-ship']);
  });

  it('combines filters: each must hold', () => {
    expect(filterInbox(inbox, query({ accounts: ['acct-1'], severities: ['high'] }), now)).toEqual([]);
  });

  it('keeps only the unread when asked', () => {
    expect(keys(filterInbox(inbox, query({ unreadOnly: true }), now))).toEqual(['us-ship']);
  });

  it('keeps the order it was given', () => {
    const reversed = [...inbox].reverse();
    expect(keys(filterInbox(reversed, query(), now))).toEqual(['de-policy', 'us-ship']);
  });

  it('gives an empty list for an empty inbox', () => {
    expect(filterInbox([], query({ search: 'anything' }), now)).toEqual([]);
  });
});

describe('search', () => {
  const inbox = [
    inboxItem({ key: 'title', title: 'Product Authenticity Complaint', text: 'about a listing' }),
    inboxItem({ key: 'text', title: 'Notice', text: 'Your Late Shipment Rate is 6.2 %' }),
    inboxItem({ key: 'policy', title: 'Notice', text: '', policy: 'Restricted Products Policy' }),
    inboxItem({ key: 'asin', title: 'Notice', text: '', asins: ['B000111222', 'B0CHILD001'] }),
    inboxItem({ key: 'action', title: 'Notice', text: '', requiredAction: 'Submit an authenticity plan' }),
  ];
  const found = (search: string) => keys(filterInbox(inbox, query({ search }), now));

  it('finds words in the title, the text, the policy and the ASINs, in any case', () => {
    expect(found('authenticity')).toEqual(['title']);
    expect(found('late SHIPMENT')).toEqual(['text']);
    expect(found('restricted')).toEqual(['policy']);
    expect(found('b0child001')).toEqual(['asin']);
  });

  it('needs every word to appear, in any field and any order', () => {
    expect(found('complaint product')).toEqual(['title']);
    expect(found('complaint shipment')).toEqual([]);
  });

  it('finds part of a word or of an ASIN', () => {
    expect(found('B000111')).toEqual(['asin']);
  });

  it('ignores surrounding and repeated spaces, and a blank search keeps everything', () => {
    expect(found('   restricted    products  ')).toEqual(['policy']);
    expect(found('   ')).toHaveLength(inbox.length);
  });

  it('does not search the required action', () => {
    expect(found('submit')).toEqual([]);
  });

  it('sees a changed text, as a change makes a new item', () => {
    const before = inboxItem({ key: 'k', text: 'old wording' });
    const after = { ...before, text: 'new wording' };
    expect(filterInbox([before], query({ search: 'old' }), now)).toHaveLength(1);
    expect(filterInbox([after], query({ search: 'old' }), now)).toHaveLength(0);
  });
});

describe('prepareSearch', () => {
  /** An item that counts how often its title is read. */
  function watched(title: string) {
    const reads = { count: 0 };
    const item = inboxItem({ key: title });
    Object.defineProperty(item, 'title', {
      enumerable: true,
      get: () => {
        reads.count++;
        return title;
      },
    });
    return { item, reads };
  }

  it('prepares each text once, so searches after it read no notification again', () => {
    const complaint = watched('Authenticity complaint');
    const odr = watched('Order defects');
    prepareSearch([complaint.item, odr.item]);
    expect([complaint.reads.count, odr.reads.count]).toEqual([1, 1]);
    expect(keys(filterInbox([complaint.item, odr.item], query({ search: 'authenticity' }), now))).toEqual([
      'Authenticity complaint',
    ]);
    expect(keys(filterInbox([complaint.item, odr.item], query({ search: 'defects' }), now))).toEqual(['Order defects']);
    prepareSearch([complaint.item, odr.item]);
    expect([complaint.reads.count, odr.reads.count]).toEqual([1, 1]);
  });
});

describe('queryInbox', () => {
  it('filters and sorts in one go', () => {
    const list = [
      inboxItem({ key: 'info', severity: 'info' }),
      inboxItem({ key: 'critical', severity: 'critical' }),
      inboxItem({ key: 'gone', severity: 'critical', status: 'resolved', resolvedAt: '2026-11-01T00:00:00.000Z' }),
    ];
    expect(keys(queryInbox(list, query({ sort: 'severity' }), now))).toEqual(['critical', 'info']);
  });
});

describe('unreadByGroup', () => {
  it('counts open, unread, unsnoozed items per group, every group present', () => {
    const counts = unreadByGroup(
      [
        inboxItem({ key: '1', group: 'shipping' }),
        inboxItem({ key: '2', group: 'shipping', read: true }),
        inboxItem({ key: '3', group: 'shipping', snoozedUntil: '2026-11-03T00:00:00.000Z' }),
        inboxItem({ key: '4', group: 'account', status: 'resolved', resolvedAt: '2026-11-01T00:00:00.000Z' }),
      ],
      now,
    );
    expect(counts).toEqual({ customerService: 0, policyCompliance: 0, shipping: 1, account: 0 });
  });
});

describe('narrowsSearch', () => {
  it('holds when the search only grows at its end, in any case', () => {
    expect(narrowsSearch(query({ search: 'late' }), query({ search: 'Late sh' }))).toBe(true);
    expect(narrowsSearch(query({ search: '' }), query({ search: 'a' }))).toBe(true);
    expect(narrowsSearch(query({ search: 'late' }), query({ search: 'late' }))).toBe(true);
  });

  it('fails when a letter is taken away or changed', () => {
    expect(narrowsSearch(query({ search: 'late' }), query({ search: 'lat' }))).toBe(false);
    expect(narrowsSearch(query({ search: 'late' }), query({ search: 'lane' }))).toBe(false);
  });

  it('fails when anything else changed, even with the search growing', () => {
    expect(narrowsSearch(query({ search: 'a' }), query({ search: 'ab', sort: 'date' }))).toBe(false);
    expect(narrowsSearch(query({ search: 'a' }), query({ search: 'ab', status: 'resolved' }))).toBe(false);
  });

  it('gives the same list filtering the previous result as filtering everything', () => {
    const inbox = sortInbox(
      [
        inboxItem({ key: '1', title: 'late shipment' }),
        inboxItem({ key: '2', title: 'late delivery' }),
        inboxItem({ key: '3', title: 'slate' }),
      ],
      'deadline',
    );
    const before = query({ search: 'late' });
    const after = query({ search: 'late sh' });
    expect(narrowsSearch(before, after)).toBe(true);
    expect(filterInbox(filterInbox(inbox, before, now), after, now)).toEqual(filterInbox(inbox, after, now));
  });
});
