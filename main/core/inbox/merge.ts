// Merging a source's snapshot into the inbox. Pure: the same inputs give the same result, and
// the caller decides what to persist and whom to tell.
import { idOfNaturalKey, naturalKey } from '../notification-id';
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
  // Indexed by natural key, so only new items pay for hashing an id.
  const byKey = new Map<string, PerformanceNotification>();
  for (const n of inbox) byKey.set(naturalKey(n), n);

  const seen = new Set<string>();
  const added: PerformanceNotification[] = [];
  const changed: PerformanceNotification[] = [];

  for (const incoming of snapshot.notifications) {
    const key = naturalKey(incoming);
    if (seen.has(key)) continue;
    seen.add(key);
    const existing = byKey.get(key);
    if (!existing) {
      const fresh = fromSource(incoming, idOfNaturalKey(key), snapshot.source, now);
      byKey.set(key, fresh);
      added.push(fresh);
    } else if (existing.status === 'resolved') {
      const reopened = fromSource(incoming, existing.id, existing.source, now);
      byKey.set(key, reopened);
      added.push(reopened);
    } else if (contentDiffers(existing, incoming)) {
      const updated = { ...existing, ...sourceFields(incoming) };
      byKey.set(key, updated);
      changed.push(updated);
    }
  }

  const covered = new Set(snapshot.accounts.map((a) => a.id));
  const resolved: PerformanceNotification[] = [];
  for (const n of inbox) {
    if (n.status !== 'open' || n.source !== snapshot.source || !covered.has(n.accountId)) continue;
    const key = naturalKey(n);
    if (seen.has(key)) continue;
    const done = { ...n, status: 'resolved' as const, resolvedAt: now };
    byKey.set(key, done);
    resolved.push(done);
  }

  if (added.length === 0 && changed.length === 0 && resolved.length === 0) {
    return { next: inbox as PerformanceNotification[], added, changed, resolved };
  }
  return { next: [...byKey.values()], added, changed, resolved };
}

function fromSource(n: SourceNotification, id: string, source: string, now: string): PerformanceNotification {
  return {
    ...sourceFields(n),
    id,
    source,
    receivedAt: now,
    status: 'open',
    resolvedAt: null,
    read: false,
    snoozedUntil: null,
  };
}

/** Copies exactly the source's fields, so unknown extras from a source never reach the store. */
function sourceFields(n: SourceNotification): SourceNotification {
  const out: SourceNotification = {
    accountId: n.accountId,
    marketplaceId: n.marketplaceId,
    group: n.group,
    metric: n.metric,
    key: n.key,
    title: n.title,
    text: n.text,
    severity: n.severity,
    asins: n.asins,
    occurredAt: n.occurredAt,
    deadline: n.deadline,
  };
  if (n.policy !== undefined) out.policy = n.policy;
  if (n.requiredAction !== undefined) out.requiredAction = n.requiredAction;
  return out;
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
