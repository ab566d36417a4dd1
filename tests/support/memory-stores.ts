// In-memory Stores for app-service tests; the real files are tested in tests/main/adapters/store.
import type { AppealsDocument, DocumentStore, HistoryDocument, InboxDocument, SettingsDocument, Stores } from '../../main/app/ports';
import { defaultSettings } from '../../main/core/schema';
import type { StoreRecovery } from '../../preload/contract';

export interface MemoryDocument<T> extends DocumentStore<T> {
  writes: number;
}

export function memoryDocument<T>(initial: T): MemoryDocument<T> {
  let value = structuredClone(initial);
  const doc = {
    writes: 0,
    read: () => value,
    write(next: T) {
      value = structuredClone(next);
      doc.writes++;
    },
  };
  return doc;
}

export function memoryStores(recoveries: StoreRecovery[] = []) {
  const appeals = memoryDocument<AppealsDocument>({ appeals: [] });
  let appealsOpened = false;
  return {
    settings: memoryDocument<SettingsDocument>({ settings: defaultSettings }),
    inbox: memoryDocument<InboxDocument>({ notifications: [], accounts: [], lastSuccessAt: null }),
    history: memoryDocument<HistoryDocument>({ readings: [] }),
    appeals: () => {
      appealsOpened = true;
      return appeals;
    },
    recoveries: () => recoveries,
    get appealsOpened() {
      return appealsOpened;
    },
  } satisfies Stores & { appealsOpened: boolean };
}
