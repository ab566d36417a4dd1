// What the inbox lists for a query, computed as little as possible while the seller types: a
// search that grows at its end filters the list already shown, and one erased back to an earlier
// text finds that text's list again. Both are kept only for the same sorted inbox and the same
// moment; any other change starts afresh from the whole sorted inbox. A search that drops
// nothing hands back the very list already shown.
import { useEffect, useMemo, useRef } from 'react';
import { filterInbox, narrowsSearch, type InboxQuery } from '../../../main/core/inbox/inbox-query';
import type { PerformanceNotification } from '../../../preload/contract';

/** Earlier searches kept: a word or two typed and erased. */
const keptSearches = 64;

interface Earlier {
  sorted: readonly PerformanceNotification[];
  now: Date;
  last: { query: InboxQuery; shown: PerformanceNotification[] } | null;
  byQuery: Map<string, PerformanceNotification[]>;
}

export function useShownNotifications(
  sorted: readonly PerformanceNotification[],
  query: InboxQuery,
  now: Date,
): PerformanceNotification[] {
  const earlier = useRef<Earlier | null>(null);
  const key = JSON.stringify(query);
  const shown = useMemo(() => {
    const kept = earlier.current?.sorted === sorted && earlier.current.now === now ? earlier.current : null;
    const known = kept?.byQuery.get(key);
    if (known) return known;
    const narrowing = kept?.last && narrowsSearch(kept.last.query, query);
    if (!narrowing) return filterInbox(sorted, query, now);
    // A filter keeps a part of the list in order: as long, it is the same list, and the one
    // already shown is kept, so the list need not render again ("c", "co", "com" all match).
    const previous = kept.last!.shown;
    const narrowed = filterInbox(previous, query, now);
    return narrowed.length === previous.length ? previous : narrowed;
    // `key` stands for `query`: an equal query made anew must not filter again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sorted, key, now]);

  useEffect(() => {
    let kept = earlier.current;
    if (kept?.sorted !== sorted || kept.now !== now)
      kept = earlier.current = { sorted, now, last: null, byQuery: new Map() };
    kept.last = { query, shown };
    kept.byQuery.set(key, shown);
    if (kept.byQuery.size > keptSearches) kept.byQuery.delete(kept.byQuery.keys().next().value!);
  }, [sorted, now, query, key, shown]);

  return shown;
}
