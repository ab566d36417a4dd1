// Merging a source's snapshot into the inbox. Pure: the same inputs give the same result, and
// the caller decides what to persist and whom to tell.
import { notificationId } from '../notification-id';
import { withNotice } from '../notice/with-notice';
import { NaturalKeyIndex } from './natural-key-index';
import type { NoticeAttachment, PerformanceNotification, Snapshot, SourceNotification } from '../schema';

export interface MergeResult {
  next: PerformanceNotification[];
  /** New to the inbox, or back after being resolved: these may raise a native notification. */
  added: PerformanceNotification[];
  /** Still open, but Amazon's wording, severity, ASINs or deadline changed. */
  changed: PerformanceNotification[];
  /** Open before, absent from this snapshot of the same source and account: back in target. */
  resolved: PerformanceNotification[];
}

export function mergeSnapshot(inbox: readonly PerformanceNotification[], snapshot: Snapshot): MergeResult {
  const now = snapshot.takenAt;
  // Position i tracks inbox[i] (fresh items follow): plain arrays rather than an object per
  // item keep a 10,000-item merge within its budget.
  const current = inbox.slice();
  const seen = new Uint8Array(inbox.length);
  const index = new NaturalKeyIndex<number>((i) => current[i]!);
  for (let i = 0; i < inbox.length; i++) index.add(i);

  const fresh: PerformanceNotification[] = [];
  const reopened: PerformanceNotification[] = [];
  const changed: PerformanceNotification[] = [];

  for (const reported of snapshot.notifications) {
    const i = index.get(reported);
    if (i === undefined) {
      const created = fromSource(reported, notificationId(reported), snapshot.source, now);
      index.add(current.push(created) - 1);
      fresh.push(created);
      continue;
    }
    if (i >= inbox.length || seen[i]) continue;
    seen[i] = 1;
    const existing = current[i]!;
    // Amazon's notice attached to it stays, and keeps its words over the report's.
    const incoming = existing.notice ? withNotice(reported, existing.notice) : reported;
    // Amazon accepted the appeal: an event still counted in its report stays closed.
    if (existing.status === 'resolved' && existing.resolvedBy === 'appeal') continue;
    if (existing.status === 'resolved') {
      const back = fromSource(incoming, existing.id, existing.source, now, existing.notice);
      current[i] = back;
      reopened.push(back);
    } else if (contentDiffers(existing, incoming)) {
      const updated = withSourceFields(incoming, existing);
      current[i] = updated;
      changed.push(updated);
    }
  }

  const covered = new Set(snapshot.accounts.map((a) => a.id));
  const resolved: PerformanceNotification[] = [];
  for (let i = 0; i < inbox.length; i++) {
    const n = current[i]!;
    if (seen[i] || n.status !== 'open' || n.source !== snapshot.source || !covered.has(n.accountId)) continue;
    // A notice's own notification is not in any snapshot: a poll never resolves it.
    if (n.notice?.origin === n.source) continue;
    const done = withSourceFields(n, {
      id: n.id,
      source: n.source,
      receivedAt: n.receivedAt,
      status: 'resolved',
      resolvedAt: now,
      read: n.read,
      snoozedUntil: n.snoozedUntil,
      notice: n.notice,
    });
    current[i] = done;
    resolved.push(done);
  }

  const added = [...reopened, ...fresh];
  const unchanged = added.length + changed.length + resolved.length === 0;
  return { next: unchanged ? (inbox as PerformanceNotification[]) : current, added, changed, resolved };
}

function fromSource(
  n: SourceNotification,
  id: string,
  source: string,
  now: string,
  notice?: NoticeAttachment,
): PerformanceNotification {
  return withSourceFields(n, {
    id,
    source,
    receivedAt: now,
    status: 'open',
    resolvedAt: null,
    read: false,
    snoozedUntil: null,
    notice,
  });
}

type InboxFields = Omit<PerformanceNotification, keyof SourceNotification>;

/**
 * The source's fields with the inbox's own: exactly those, so unknown extras from a source never
 * reach the store. One literal of one shape (absent optionals stay undefined, which JSON drops):
 * spreading here made creating 5,000 items several times slower.
 */
function withSourceFields(n: SourceNotification, inbox: InboxFields): PerformanceNotification {
  return {
    accountId: n.accountId,
    marketplaceId: n.marketplaceId,
    group: n.group,
    metric: n.metric,
    key: n.key,
    title: n.title,
    text: n.text,
    severity: n.severity,
    asins: n.asins,
    policy: n.policy,
    requiredAction: n.requiredAction,
    occurredAt: n.occurredAt,
    deadline: n.deadline,
    id: inbox.id,
    source: inbox.source,
    receivedAt: inbox.receivedAt,
    status: inbox.status,
    resolvedAt: inbox.resolvedAt,
    read: inbox.read,
    snoozedUntil: inbox.snoozedUntil,
    notice: inbox.notice,
  };
}

function contentDiffers(a: SourceNotification, b: SourceNotification): boolean {
  return (
    a.title !== b.title ||
    a.text !== b.text ||
    a.severity !== b.severity ||
    a.deadline !== b.deadline ||
    a.policy !== b.policy ||
    a.requiredAction !== b.requiredAction ||
    a.asins.length !== b.asins.length ||
    a.asins.some((asin, i) => asin !== b.asins[i])
  );
}
