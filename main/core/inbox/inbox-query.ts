// What the inbox shows for a seller's filters, search and sort: pure, so the window, tests and
// benchmarks agree on it. Sorting is split from filtering because the window sorts 10,000 items
// once per sort order and filters the sorted list on every keystroke, which keeps its order.
import { metricGroups, type MetricGroup, type PerformanceNotification, type Severity } from '../schema';
import { severityRank } from '../severity';
import { isSnoozed, isUnread } from './unread';

export const inboxStatuses = ['open', 'snoozed', 'resolved'] as const;
export type InboxStatus = (typeof inboxStatuses)[number];

export const inboxSorts = ['deadline', 'severity', 'date'] as const;
export type InboxSort = (typeof inboxSorts)[number];

export interface InboxQuery {
  /** Empty means every account (and likewise for each list below). */
  accounts: string[];
  marketplaces: string[];
  groups: MetricGroup[];
  severities: Severity[];
  status: InboxStatus;
  /** Only those not read yet (a snoozed one counts too, when looking at the snoozed). */
  unreadOnly: boolean;
  /** Words that must all appear in the title, text, policy or an ASIN, in any case. */
  search: string;
  sort: InboxSort;
}

export const defaultInboxQuery: InboxQuery = {
  accounts: [],
  marketplaces: [],
  groups: [],
  severities: [],
  status: 'open',
  unreadOnly: false,
  search: '',
  sort: 'deadline',
};

/** Open and showing, open but snoozed past `now`, or resolved. */
export function inboxStatusOf(n: PerformanceNotification, now: Date): InboxStatus {
  if (n.status === 'resolved') return 'resolved';
  return isSnoozed(n, now) ? 'snoozed' : 'open';
}

/** A new array in the sort's order; every tie is broken down to the id, so the order is total. */
export function sortInbox(
  notifications: readonly PerformanceNotification[],
  sort: InboxSort,
): PerformanceNotification[] {
  // Each item's keys are computed once, not on each of the ~130,000 comparisons of 10,000 items.
  const keyed = notifications.map((n) => ({
    n,
    deadline: n.deadline === null ? Infinity : Date.parse(n.deadline),
    rank: severityRank(n.severity),
    date: Date.parse(n.occurredAt),
  }));
  type Keyed = (typeof keyed)[number];
  const byDeadline = (a: Keyed, b: Keyed) => (a.deadline === b.deadline ? 0 : a.deadline < b.deadline ? -1 : 1);
  const bySeverity = (a: Keyed, b: Keyed) => b.rank - a.rank;
  const byNewest = (a: Keyed, b: Keyed) => b.date - a.date;
  const order: Record<InboxSort, ((a: Keyed, b: Keyed) => number)[]> = {
    deadline: [byDeadline, bySeverity, byNewest],
    severity: [bySeverity, byDeadline, byNewest],
    date: [byNewest, bySeverity, byDeadline],
  };
  const comparers = order[sort];
  keyed.sort((a, b) => {
    for (const compare of comparers) {
      const c = compare(a, b);
      if (c !== 0) return c;
    }
    return a.n.id < b.n.id ? -1 : a.n.id > b.n.id ? 1 : 0;
  });
  return keyed.map((k) => k.n);
}

/** The items of `sorted` that the query's filters and search keep, in the same order. */
export function filterInbox(
  sorted: readonly PerformanceNotification[],
  query: InboxQuery,
  now: Date,
): PerformanceNotification[] {
  const words = searchWords(query.search);
  const accounts = new Set(query.accounts);
  const marketplaces = new Set(query.marketplaces);
  const groups = new Set<string>(query.groups);
  const severityFilter = new Set<string>(query.severities);
  // The search first: while typing it is the most selective test, so the others run on few items.
  // A plain loop: this runs over the whole inbox on many keystrokes.
  const shown: PerformanceNotification[] = [];
  for (const n of sorted) {
    if (words.length > 0 && !containsAll(searchText(n), words)) continue;
    if (
      (accounts.size === 0 || accounts.has(n.accountId)) &&
      (marketplaces.size === 0 || marketplaces.has(n.marketplaceId)) &&
      (groups.size === 0 || groups.has(n.group)) &&
      (severityFilter.size === 0 || severityFilter.has(n.severity)) &&
      (!query.unreadOnly || !n.read) &&
      inboxStatusOf(n, now) === query.status
    )
      shown.push(n);
  }
  return shown;
}

function containsAll(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** Sorts then filters: for one-off use; the window keeps the sorted list between keystrokes. */
export function queryInbox(
  notifications: readonly PerformanceNotification[],
  query: InboxQuery,
  now: Date,
): PerformanceNotification[] {
  return filterInbox(sortInbox(notifications, query.sort), query, now);
}

/** Unread per metric group over the whole inbox: the same numbers as the tray badge adds up. */
export function unreadByGroup(
  notifications: readonly PerformanceNotification[],
  now: Date,
): Record<MetricGroup, number> {
  const counts = Object.fromEntries(metricGroups.map((g) => [g, 0])) as Record<MetricGroup, number>;
  for (const n of notifications) if (isUnread(n, now)) counts[n.group]++;
  return counts;
}

function searchWords(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Prepares the search of these notifications ahead of the first keystroke: the lower-cased text
 * each is searched in, otherwise made for all of them as the first letter is typed.
 */
export function prepareSearch(notifications: readonly PerformanceNotification[]): void {
  for (const n of notifications) searchText(n);
}

// Lower-cased once per notification object: items are immutable (a change makes a new object),
// so the cache can never be stale, and it lets go of an item when the inbox does.
const searchTexts = new WeakMap<PerformanceNotification, string>();

function searchText(n: PerformanceNotification): string {
  let text = searchTexts.get(n);
  if (text === undefined) {
    text = [n.title, n.text, n.policy ?? '', ...n.asins].join('\n').toLowerCase();
    searchTexts.set(n, text);
  }
  return text;
}

/**
 * Whether `next` keeps a subset of what `previous` keeps, from the same sorted list: the same
 * filters and order, and a search that only grew at its end ("late" → "late sh"). Every word of
 * such a search contains the word it extends, so the window can filter the previous result
 * instead of the whole inbox as the seller types.
 */
export function narrowsSearch(previous: InboxQuery, next: InboxQuery): boolean {
  return (
    next.search.toLowerCase().startsWith(previous.search.toLowerCase()) &&
    JSON.stringify({ ...previous, search: '' }) === JSON.stringify({ ...next, search: '' })
  );
}
