// Merging a source's snapshot into the inbox. Pure: the same inputs give the same result, and
// the caller decides what to persist and whom to tell.
import { notificationId } from '../notification-id';
import { NaturalKeyIndex } from './natural-key-index';
import type { PerformanceNotification, Snapshot, SourceNotification } from '../schema';

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
  const index = new NaturalKeyIndex<Entry>();
  for (const n of inbox) index.set(n, { current: n, seen: false });

  const fresh: PerformanceNotification[] = [];
  const reopened: PerformanceNotification[] = [];
  const changed: PerformanceNotification[] = [];

  for (const incoming of snapshot.notifications) {
    const entry = index.get(incoming);
    if (entry === undefined) {
      const created = fromSource(incoming, notificationId(incoming), snapshot.source, now);
      index.set(incoming, { current: created, seen: true });
      fresh.push(created);
      continue;
    }
    if (entry.seen) continue;
    entry.seen = true;
    const existing = entry.current;
    if (existing.status === 'resolved') {
      entry.current = fromSource(incoming, existing.id, existing.source, now);
      reopened.push(entry.current);
    } else if (contentDiffers(existing, incoming)) {
      entry.current = { ...existing, ...sourceFields(incoming) };
      changed.push(entry.current);
    }
  }

  const covered = new Set(snapshot.accounts.map((a) => a.id));
  const resolved: PerformanceNotification[] = [];
  for (const n of inbox) {
    if (n.status !== 'open' || n.source !== snapshot.source || !covered.has(n.accountId)) continue;
    const entry = index.get(n)!;
    if (entry.seen) continue;
    entry.current = { ...n, status: 'resolved', resolvedAt: now };
    resolved.push(entry.current);
  }

  const added = [...reopened, ...fresh];
  const replacedInPlace = reopened.length + changed.length + resolved.length > 0;
  const kept = replacedInPlace ? inbox.map((n) => index.get(n)!.current) : (inbox as PerformanceNotification[]);
  return { next: fresh.length === 0 ? kept : [...kept, ...fresh], added, changed, resolved };
}

interface Entry {
  current: PerformanceNotification;
  seen: boolean;
}

function fromSource(n: SourceNotification, id: string, source: string, now: string): PerformanceNotification {
  return { ...sourceFields(n), id, source, receivedAt: now, status: 'open', resolvedAt: null, read: false, snoozedUntil: null };
}

/**
 * Copies exactly the source's fields, so unknown extras from a source never reach the store.
 * One literal of one shape (absent optionals stay undefined, which JSON drops) keeps the copy fast.
 */
function sourceFields(n: SourceNotification): SourceNotification {
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
