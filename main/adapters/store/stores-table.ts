// The documents behind the app's Stores port, described once: the spec each key of the port opens,
// and whether it opens with the stores or when first asked for. The app's own stores, the
// read-only commands' and a backup of the data folder all go by this table, so a new store is one
// line here, and the compiler refuses a port key the table does not cover.
import type { DocumentStore, Stores } from '../../app/ports';
import {
  appealDraftsSpec,
  appealsSpec,
  digestSpec,
  historySpec,
  inboxSpec,
  settingsSpec,
  summarySpec,
  supportContactsSpec,
  type DocumentSpec,
} from './documents';
import { remindersSpec } from './reminders-document';

/** The port's keys that hand out a store itself. */
type AtOnceKey = { [K in keyof Stores]: Stores[K] extends DocumentStore<unknown> ? K : never }[keyof Stores];
/** The port's keys that hand out a function returning a store. */
type OnFirstUseKey = {
  [K in keyof Stores]: Stores[K] extends () => DocumentStore<unknown> ? K : never;
}[keyof Stores];
type DocumentOf<S> = S extends DocumentStore<infer T> ? T : S extends () => DocumentStore<infer T> ? T : never;
type SpecsOf<K extends keyof Stores> = { readonly [P in K]: DocumentSpec<DocumentOf<Stores[P]>> };

/** Small files the first badge, the digest and the reminders need: opened with the stores, in this order. */
export const openedAtOnce = {
  settings: settingsSpec,
  summary: summarySpec,
  digest: digestSpec,
  reminders: remindersSpec,
} as const satisfies SpecsOf<AtOnceKey>;

/** The big files (inbox, history, appeals) and the rarely read: the app opens each when first asked for. */
export const openedOnFirstUse = {
  inbox: inboxSpec,
  history: historySpec,
  appeals: appealsSpec,
  appealDrafts: appealDraftsSpec,
  supportContacts: supportContactsSpec,
} as const satisfies SpecsOf<OnFirstUseKey>;

/** Every document of the port, in the order the stores open them. */
export const storeSpecs: readonly DocumentSpec<unknown>[] = [
  ...Object.values(openedAtOnce),
  ...Object.values(openedOnFirstUse),
] as DocumentSpec<unknown>[];

/** How one kind of stores opens a document at once, and how it hands out one opened later. */
export interface StoreOpeners {
  atOnce<T>(spec: DocumentSpec<T>): DocumentStore<T>;
  onFirstUse<T>(spec: DocumentSpec<T>): () => DocumentStore<T>;
}

/** Every store of the port but the recoveries: those opened at once first, each group in the table's order. */
export function storesFromTable({ atOnce, onFirstUse }: StoreOpeners): Omit<Stores, 'recoveries'> {
  const specs = (table: object) => Object.entries(table) as [string, DocumentSpec<unknown>][];
  const opened = specs(openedAtOnce).map(([key, spec]) => [key, atOnce(spec)]);
  const deferred = specs(openedOnFirstUse).map(([key, spec]) => [key, onFirstUse(spec)]);
  // The tables' `satisfies` above tie each key to its document's type.
  return Object.fromEntries([...opened, ...deferred]) as Omit<Stores, 'recoveries'>;
}
