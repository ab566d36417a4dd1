// The app's stores in one data directory. Settings and the saved badge open at once; the big
// files (inbox, history, appeals) on first use, so the first badge never waits for them.
import type { StoreRecovery } from '../../../preload/contract';
import type { DocumentStore, Stores } from '../../app/ports';
import type { ConfClass } from './conf-class';
import { openDocumentStore } from './document-store';
import { appealsSpec, historySpec, inboxSpec, settingsSpec, summarySpec, type DocumentSpec } from './documents';

export interface StoresOptions {
  dataDir: string;
  /** `conf` in the Node host, `electron-store` in the Electron host. */
  StoreClass: ConfClass;
}

export function openStores({ dataDir, StoreClass }: StoresOptions): Stores {
  const recoveries: StoreRecovery[] = [];
  const open = <T>(spec: DocumentSpec<T>): DocumentStore<T> => {
    const store = openDocumentStore({ ...spec, dataDir, StoreClass });
    if (store.recovery) recoveries.push(store.recovery);
    return store;
  };
  const onFirstUse = <T>(spec: DocumentSpec<T>) => {
    let store: DocumentStore<T> | undefined;
    return () => (store ??= open(spec));
  };
  return {
    settings: open(settingsSpec),
    summary: open(summarySpec),
    inbox: onFirstUse(inboxSpec),
    history: onFirstUse(historySpec),
    appeals: onFirstUse(appealsSpec),
    recoveries: () => [...recoveries],
  };
}
