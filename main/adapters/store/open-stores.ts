// The app's stores in one data directory. Settings, the saved badge, the digest and reminder records
// open at once; the big files (inbox, history, appeals) on first use, so the first badge never
// waits for them.
import type { DocumentStore, Stores } from '../../app/ports';
import type { ConfClass } from './conf-class';
import { openDocumentStore } from './document-store';
import { remindersSpec } from './reminders-document';
import { storeRecovery, type RecoveryFacts } from './recovery-message';
import {
  appealDraftsSpec,
  appealsSpec,
  digestSpec,
  historySpec,
  inboxSpec,
  settingsSpec,
  summarySpec,
  type DocumentSpec,
} from './documents';

export interface StoresOptions {
  dataDir: string;
  /** `conf` in the Node host, `electron-store` in the Electron host. */
  StoreClass: ConfClass;
}

export function openStores({ dataDir, StoreClass }: StoresOptions): Stores {
  const recoveries: RecoveryFacts[] = [];
  const open = <T>(spec: DocumentSpec<T>): DocumentStore<T> => {
    const store = openDocumentStore({ ...spec, dataDir, StoreClass });
    if (store.recoveryFacts) recoveries.push(store.recoveryFacts);
    return store;
  };
  const onFirstUse = <T>(spec: DocumentSpec<T>) => {
    let store: DocumentStore<T> | undefined;
    return () => (store ??= open(spec));
  };
  return {
    settings: open(settingsSpec),
    summary: open(summarySpec),
    digest: open(digestSpec),
    reminders: open(remindersSpec),
    inbox: onFirstUse(inboxSpec),
    history: onFirstUse(historySpec),
    appeals: onFirstUse(appealsSpec),
    appealDrafts: onFirstUse(appealDraftsSpec),
    // Worded when asked for, in the language the app speaks then.
    recoveries: (t) => recoveries.map((facts) => storeRecovery(facts, t)),
  };
}
