// In-memory Stores for app-service tests; the real files are tested in tests/main/adapters/store.
import type {
  AppealDraftsDocument,
  AppealsDocument,
  DigestDocument,
  DocumentStore,
  HistoryDocument,
  InboxDocument,
  RemindersDocument,
  SettingsDocument,
  Stores,
  SummaryDocument,
  SupportContactsDocument,
} from '../../main/app/ports';
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

export interface MemoryStores extends Stores {
  summary: MemoryDocument<SummaryDocument>;
  digest: MemoryDocument<DigestDocument>;
  reminders: MemoryDocument<RemindersDocument>;
  inbox(): MemoryDocument<InboxDocument>;
  history(): MemoryDocument<HistoryDocument>;
  appeals(): MemoryDocument<AppealsDocument>;
  appealDrafts(): MemoryDocument<AppealDraftsDocument>;
  supportContacts(): MemoryDocument<SupportContactsDocument>;
  /** Which of the files opened on first use have been opened. */
  readonly opened: ReadonlySet<'inbox' | 'history' | 'appeals' | 'appealDrafts' | 'supportContacts'>;
}

export function memoryStores(
  recoveries: StoreRecovery[] = [],
  initial: {
    inbox?: InboxDocument;
    summary?: SummaryDocument;
    digest?: DigestDocument;
    reminders?: RemindersDocument;
  } = {},
): MemoryStores {
  const opened = new Set<'inbox' | 'history' | 'appeals' | 'appealDrafts' | 'supportContacts'>();
  const onFirstUse =
    <T>(name: 'inbox' | 'history' | 'appeals' | 'appealDrafts' | 'supportContacts', doc: MemoryDocument<T>) =>
    () => {
      opened.add(name);
      return doc;
    };
  return {
    settings: memoryDocument<SettingsDocument>({ settings: defaultSettings }),
    summary: memoryDocument<SummaryDocument>(initial.summary ?? { badge: null }),
    digest: memoryDocument<DigestDocument>(initial.digest ?? { lastSentDay: null, visitedDays: [] }),
    reminders: memoryDocument<RemindersDocument>(initial.reminders ?? { raised: {} }),
    inbox: onFirstUse(
      'inbox',
      memoryDocument<InboxDocument>(initial.inbox ?? { notifications: [], accounts: [], lastSuccessAt: null }),
    ),
    history: onFirstUse('history', memoryDocument<HistoryDocument>({ series: [] })),
    appeals: onFirstUse('appeals', memoryDocument<AppealsDocument>({ appeals: [] })),
    appealDrafts: onFirstUse('appealDrafts', memoryDocument<AppealDraftsDocument>({ drafts: {} })),
    supportContacts: onFirstUse('supportContacts', memoryDocument<SupportContactsDocument>({ contacts: [] })),
    recoveries: () => recoveries,
    opened,
  };
}
