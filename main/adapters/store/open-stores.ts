// The app's stores in one data directory. Settings, the saved badge, the digest and reminder records
// open at once; the big files (inbox, history, appeals) on first use, so the first badge never
// waits for them.
import type { DocumentStore, Stores } from '../../app/ports';
import type { ConfClass } from './conf-class';
import { openDocumentStore } from './document-store';
import { createRecoveryList, type RecoveryList } from './recovery-list';
import { remindersSpec } from './reminders-document';
import { storeRecovery } from './recovery-message';
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
    settings: open(settingsSpec),
    summary: open(summarySpec),
    digest: open(digestSpec),
    reminders: open(remindersSpec),
    inbox: onFirstUse(inboxSpec),
    history: onFirstUse(historySpec),
    appeals: onFirstUse(appealsSpec),
    appealDrafts: onFirstUse(appealDraftsSpec),
    supportContacts: onFirstUse(supportContactsSpec),
    // Worded when asked for, in the language the app speaks then.
    recoveries: (t) => recoveryList.facts().map((facts) => storeRecovery(facts, t)),
  };
}
