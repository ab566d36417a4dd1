import { describe, expect, it } from 'vitest';
import { mergeSnapshot } from '../../../../main/core/inbox/merge';
import { notificationId } from '../../../../main/core/notification-id';
import { account, inboxItem, snapshot, sourceNotification } from '../../../support/fixtures';

describe('mergeSnapshot', () => {
  it('adds what is new as open and unread, stamped with the snapshot time and source', () => {
    const incoming = sourceNotification();
    const { next, added, changed, resolved } = mergeSnapshot([], snapshot([incoming]));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      id: notificationId(incoming),
      status: 'open',
      read: false,
      source: 'test',
      receivedAt: '2026-11-02T09:00:00.000Z',
    });
    expect(next).toEqual(added);
    expect(changed).toEqual([]);
    expect(resolved).toEqual([]);
  });

  it('adds nothing on a re-poll of the same snapshot, and keeps the same array', () => {
    const first = mergeSnapshot([], snapshot([sourceNotification()]));
    const second = mergeSnapshot(first.next, snapshot([sourceNotification()], { takenAt: '2026-11-02T10:00:00.000Z' }));
    expect(second.added).toEqual([]);
    expect(second.changed).toEqual([]);
    expect(second.next).toBe(first.next);
  });

  it('keeps read and snooze state when the wording changes, and reports it as changed', () => {
    const existing = inboxItem({ read: true, snoozedUntil: '2026-11-03T00:00:00.000Z' });
    const { changed, added, next } = mergeSnapshot([existing], snapshot([sourceNotification({ text: 'Now 7.0 %.' })]));
    expect(added).toEqual([]);
    expect(changed).toHaveLength(1);
    expect(next[0]).toMatchObject({ text: 'Now 7.0 %.', read: true, snoozedUntil: '2026-11-03T00:00:00.000Z' });
  });

  it('treats new ASINs or a new deadline as a change', () => {
    const existing = inboxItem({ asins: ['B0TESTA001'] });
    expect(
      mergeSnapshot([existing], snapshot([sourceNotification({ asins: ['B0TESTA001', 'B0TESTA002'] })])).changed,
    ).toHaveLength(1);
    expect(
      mergeSnapshot(
        [existing],
        snapshot([sourceNotification({ asins: ['B0TESTA001'], deadline: '2026-11-20T00:00:00.000Z' })]),
      ).changed,
    ).toHaveLength(1);
  });

  it.each([
    ['title', { title: 'Late Shipment Rate far above target' }],
    ['severity', { severity: 'critical' as const }],
    ['policy', { policy: 'Shipping performance policy' }],
    ['required action', { requiredAction: 'Submit a plan of action' }],
    ['ASINs in another order', { asins: ['B0TESTA002', 'B0TESTA001'] }],
  ])('treats a new %s as a change, and nothing else as one', (_, change) => {
    const existing = inboxItem({ asins: ['B0TESTA001', 'B0TESTA002'] });
    const same = mergeSnapshot([existing], snapshot([sourceNotification({ asins: ['B0TESTA001', 'B0TESTA002'] })]));
    expect(same.changed).toEqual([]);
    const { changed, next } = mergeSnapshot(
      [existing],
      snapshot([sourceNotification({ asins: ['B0TESTA001', 'B0TESTA002'], ...change })]),
    );
    expect(changed).toEqual([{ ...existing, ...change }]);
    expect(next).toEqual(changed);
  });

  it('returns a new inbox when an item is added and another resolved in the same poll', () => {
    const gone = inboxItem({ key: 'gone' });
    const { next, added, resolved } = mergeSnapshot([gone], snapshot([sourceNotification({ key: 'new' })]));
    expect(resolved.map((n) => n.key)).toEqual(['gone']);
    expect(added.map((n) => n.key)).toEqual(['new']);
    expect(next.map((n) => [n.key, n.status])).toEqual([
      ['gone', 'resolved'],
      ['new', 'open'],
    ]);
  });

  it('returns a new inbox when an item is added and another changed in the same poll', () => {
    const existing = inboxItem({ key: 'old' });
    const { next } = mergeSnapshot(
      [existing],
      snapshot([sourceNotification({ key: 'old', text: 'Now 7.0 %.' }), sourceNotification({ key: 'new' })]),
    );
    expect(next.map((n) => [n.key, n.text])).toEqual([
      ['old', 'Now 7.0 %.'],
      ['new', sourceNotification().text],
    ]);
  });

  it('takes the first wording of an event listed twice in one snapshot, new or already known', () => {
    const twiceNew = mergeSnapshot(
      [],
      snapshot([sourceNotification({ text: 'First.' }), sourceNotification({ text: 'Second.' })]),
    );
    expect(twiceNew.added.map((n) => n.text)).toEqual(['First.']);
    expect(twiceNew.changed).toEqual([]);
    const twiceKnown = mergeSnapshot(
      [inboxItem()],
      snapshot([sourceNotification({ text: 'First.' }), sourceNotification({ text: 'Second.' })]),
    );
    expect(twiceKnown.changed.map((n) => n.text)).toEqual(['First.']);
    expect(twiceKnown.next.map((n) => n.text)).toEqual(['First.']);
  });

  it('resolves open items of the same source and account that the snapshot no longer lists', () => {
    const open = inboxItem();
    const { resolved, next } = mergeSnapshot([open], snapshot([]));
    expect(resolved).toEqual([{ ...open, status: 'resolved', resolvedAt: '2026-11-02T09:00:00.000Z' }]);
    expect(next[0]?.status).toBe('resolved');
  });

  it('leaves items of other sources and of accounts the snapshot does not cover alone', () => {
    const pasted = inboxItem({ source: 'paste' });
    const otherAccount = inboxItem({ accountId: 'acct-2' });
    const { resolved, next } = mergeSnapshot([pasted, otherAccount], snapshot([], { accounts: [account()] }));
    expect(resolved).toEqual([]);
    expect(next.map((n) => n.status)).toEqual(['open', 'open']);
  });

  it('merges the same event seen by two sources into one item (id from content, not source)', () => {
    const fromEmail = inboxItem({ source: 'email' });
    const { added, next } = mergeSnapshot([fromEmail], snapshot([sourceNotification()]));
    expect(added).toEqual([]);
    expect(next).toHaveLength(1);
  });

  it('re-opens a resolved item as unread when it comes back, and counts it as added', () => {
    const gone = inboxItem({ status: 'resolved', resolvedAt: '2026-11-01T12:00:00.000Z', read: true });
    const { added, next } = mergeSnapshot([gone], snapshot([sourceNotification()]));
    expect(added).toHaveLength(1);
    expect(next[0]).toMatchObject({ status: 'open', read: false, resolvedAt: null });
  });

  it('counts a notification listed twice in one snapshot once', () => {
    const { added } = mergeSnapshot([], snapshot([sourceNotification(), sourceNotification()]));
    expect(added).toHaveLength(1);
  });

  it('does not carry unknown fields from a source into the inbox', () => {
    const sneaky = { ...sourceNotification(), html: '<img onerror=alert(1)>' };
    const { next } = mergeSnapshot([], snapshot([sneaky]));
    expect(next[0]).not.toHaveProperty('html');
  });

  it('keeps a notification an accepted appeal closed, though the source still reports the event', () => {
    const incoming = sourceNotification();
    const closed = inboxItem({
      status: 'resolved',
      resolvedAt: '2026-11-01T12:00:00.000Z',
      resolvedBy: 'appeal',
      read: true,
    });
    const { next, added, changed } = mergeSnapshot([closed], snapshot([incoming]));
    expect(added).toEqual([]);
    expect(changed).toEqual([]);
    expect(next).toEqual([closed]);
  });

  it('reopens a notification the source resolved when the source reports it again', () => {
    const closed = inboxItem({ status: 'resolved', resolvedAt: '2026-11-01T12:00:00.000Z', resolvedBy: 'source' });
    const { added } = mergeSnapshot([closed], snapshot([sourceNotification()]));
    expect(added).toEqual([expect.objectContaining({ id: closed.id, status: 'open' })]);
  });
});

describe('mergeSnapshot with Amazon’s notices', () => {
  const attachment = {
    origin: 'paste' as const,
    contentKey: 'k1',
    receivedAt: '2026-11-01T10:00:00.000Z',
    title: 'Policy Warning',
    text: 'Policy Warning. We removed B0NOTICE01.',
    asins: ['B0NOTICE01'],
    policy: 'Restricted Products Policy',
    requiredAction: 'Please appeal.',
    deadline: '2026-11-30T23:59:59.000Z',
    deadlineText: 'by November 30, 2026',
    language: 'en' as const,
    links: [],
  };

  it('never resolves a pasted or emailed notice’s own notification, even from a source of that name', () => {
    for (const origin of ['paste', 'email'] as const) {
      const own = inboxItem({ source: origin, key: 'notice:k1', notice: { ...attachment, origin } });
      const { resolved, next } = mergeSnapshot([own], snapshot([], { source: origin }));
      expect(resolved).toEqual([]);
      expect(next[0]?.status).toBe('open');
    }
  });

  it('keeps a linked notice and its enrichment through polls, reporting no change', () => {
    const linked = inboxItem({
      asins: ['B0NOTICE01'],
      deadline: attachment.deadline,
      policy: attachment.policy,
      requiredAction: attachment.requiredAction,
      notice: attachment,
    });
    const { changed, next } = mergeSnapshot([linked], snapshot([sourceNotification()]));
    expect(changed).toEqual([]);
    expect(next[0]).toEqual(linked);
  });

  it('keeps the notice when the report’s wording changes, and when the event resolves and comes back', () => {
    const linked = inboxItem({ asins: ['B0NOTICE01'], deadline: attachment.deadline, notice: attachment });
    const changed = mergeSnapshot(
      [linked],
      snapshot([sourceNotification({ text: 'Now 7.0 %.', asins: ['B0REPORT01'] })]),
    );
    expect(changed.next[0]).toMatchObject({
      text: 'Now 7.0 %.',
      asins: ['B0REPORT01', 'B0NOTICE01'],
      notice: attachment,
    });
    const resolved = mergeSnapshot(changed.next, snapshot([]));
    expect(resolved.next[0]).toMatchObject({ status: 'resolved', notice: attachment });
    const back = mergeSnapshot(resolved.next, snapshot([sourceNotification()]));
    expect(back.next[0]).toMatchObject({ status: 'open', deadline: attachment.deadline, notice: attachment });
  });
});
