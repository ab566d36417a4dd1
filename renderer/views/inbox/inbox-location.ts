// The inbox's filters, search and sort live in the address (`#/?status=open&q=late`), so Back
// undoes a filter and a reload keeps it. The last one is also remembered in the page's storage,
// so a window opened anew (the app restarted) shows the inbox as the seller left it.
// A letter typed in the search is shown at once, but written to the address only once the frame
// showing it is painted: `history.replaceState` costs a millisecond or more in Chromium, a good
// part of a keystroke's budget, and a burst of letters needs only the last one written.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { defaultInboxQuery, inboxSorts, inboxStatuses, type InboxQuery } from '../../../main/core/inbox/inbox-query';
import { MetricGroupSchema, SeveritySchema } from '../../../preload/contract';

const inboxPath = '#/';
const storageKey = 'flagwatch.inbox.query';

/** The query an inbox address names, or null when it names none (`#/`). Unknown values are dropped. */
export function queryFromHash(hash: string): InboxQuery | null {
  const at = hash.indexOf('?');
  if (!hash.startsWith(inboxPath) || at < 0) return null;
  const params = new URLSearchParams(hash.slice(at + 1));
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(name);
    return allowed.find((a) => a === value) ?? fallback;
  };
  return {
    accounts: params.getAll('account').filter(Boolean),
    marketplaces: params.getAll('marketplace').filter(Boolean),
    groups: params.getAll('group').flatMap((g) => MetricGroupSchema.safeParse(g).data ?? []),
    severities: params.getAll('severity').flatMap((s) => SeveritySchema.safeParse(s).data ?? []),
    status: oneOf('status', inboxStatuses, defaultInboxQuery.status),
    unreadOnly: params.get('unread') === '1',
    search: params.get('q') ?? '',
    sort: oneOf('sort', inboxSorts, defaultInboxQuery.sort),
  };
}

/** The inbox's address for a query; the status is always written, so it is never `#/`. */
export function hashForQuery(query: InboxQuery): string {
  const params = new URLSearchParams();
  params.set('status', query.status);
  for (const a of query.accounts) params.append('account', a);
  for (const m of query.marketplaces) params.append('marketplace', m);
  for (const g of query.groups) params.append('group', g);
  for (const s of query.severities) params.append('severity', s);
  if (query.unreadOnly) params.set('unread', '1');
  if (query.search) params.set('q', query.search);
  if (query.sort !== defaultInboxQuery.sort) params.set('sort', query.sort);
  return `${inboxPath}?${params.toString()}`;
}

/** How a change is recorded: a step Back undoes (a filter), or in place (each letter typed). */
export type HistoryMode = 'push' | 'replace';

/** The inbox's query and a way to change it, kept in the address. */
export function useInboxQuery(): [InboxQuery, (query: InboxQuery, mode: HistoryMode) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  // One object per address, so what is derived from the query is computed once per change.
  const query = useMemo(() => queryFromHash(hash) ?? rememberedQuery(), [hash]);
  const setQuery = useCallback((next: InboxQuery, mode: HistoryMode) => {
    const nextHash = hashForQuery(next);
    if (mode === 'push') {
      typed = null;
      remember(nextHash);
      window.location.hash = nextHash;
    } else {
      typed = { over: typed?.over ?? window.location.hash, hash: nextHash };
      if (!writeScheduled) {
        writeScheduled = true;
        requestAnimationFrame(() => setTimeout(writeTyped, 0));
      }
    }
    // An address set to what it already holds fires no event, yet a typed search may be dropped.
    for (const listener of listeners) listener();
  }, []);
  return [query, setQuery];
}

/**
 * The address typed in the search and not written yet, over the address it replaces. Once the
 * address changes by other means (Back, a link), that wins and the typed one is dropped.
 */
let typed: { over: string; hash: string } | null = null;
let writeScheduled = false;

function currentHash(): string {
  const address = window.location.hash;
  return typed?.over === address ? typed.hash : address;
}

function writeTyped(): void {
  writeScheduled = false;
  if (typed?.over === window.location.hash) {
    window.history.replaceState(window.history.state, '', typed.hash);
    remember(typed.hash);
  }
  typed = null;
}

// replaceState fires no event: the hook's own changes tell its subscribers themselves.
const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('hashchange', onChange);
  };
}

function rememberedQuery(): InboxQuery {
  try {
    return queryFromHash(window.localStorage.getItem(storageKey) ?? '') ?? defaultInboxQuery;
  } catch {
    return defaultInboxQuery; // storage refused (private mode): start from the defaults
  }
}

function remember(hash: string): void {
  try {
    window.localStorage.setItem(storageKey, hash);
  } catch {
    // Storage refused: the address still carries the query for this window.
  }
}
