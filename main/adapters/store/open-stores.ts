// The app's stores in one data directory. Settings, the saved badge, the digest and reminder records
// open at once; the big files (inbox, history, appeals) on first use, so the first badge never
// waits for them.
import type { DocumentStore, Stores } from '../../app/ports';
import type { ConfClass } from './conf-class';
import { openDocumentStore } from './document-store';
import type { DocumentSpec } from './documents';
import { createRecoveryList, type RecoveryList } from './recovery-list';
import { storeRecovery } from './recovery-message';
import { storesFromTable } from './stores-table';

export interface StoresOptions {
  dataDir: string;
  /** `conf` in the Node host, `electron-store` in the Electron host. */
  StoreClass: ConfClass;
  /** Where recoveries are noted; the folder's other files (accounts, sources) note theirs in it too. */
  recoveryList?: RecoveryList;
}

export function openStores({ dataDir, StoreClass, recoveryList = createRecoveryList() }: StoresOptions): Stores {
  const open = <T>(spec: DocumentSpec<T>): DocumentStore<T> =>
    recoveryList.note(openDocumentStore({ ...spec, dataDir, StoreClass }));
  const onFirstUse = <T>(spec: DocumentSpec<T>) => {
    let store: DocumentStore<T> | undefined;
    return () => (store ??= open(spec));
  };
  return {
    ...storesFromTable({ atOnce: open, onFirstUse }),
    // Worded when asked for, in the language the app speaks then.
    recoveries: (t) => recoveryList.facts().map((facts) => storeRecovery(facts, t)),
  };
}
