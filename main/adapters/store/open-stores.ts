// The app's four stores in one data directory. Appeals open on first use, so the badge never
// waits for the appeals file.
import type { StoreRecovery } from '../../../preload/contract';
import type { AppealsDocument, DocumentStore, Stores } from '../../app/ports';
import type { ConfClass } from './conf-class';
import { openDocumentStore } from './document-store';
import { appealsSpec, historySpec, inboxSpec, settingsSpec, type DocumentSpec } from './documents';

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
  const settings = open(settingsSpec);
  const inbox = open(inboxSpec);
  const history = open(historySpec);
  let appeals: DocumentStore<AppealsDocument> | undefined;
  return {
    settings,
    inbox,
    history,
    appeals: () => (appeals ??= open(appealsSpec)),
    recoveries: () => [...recoveries],
  };
}
