// The mailboxes section's state: the mailboxes as the host lists them (with how each is being
// read), the answer of each "Test connection" run in this window, and the last failure. The host
// says when a mailbox's reading changes; the list is then asked for again.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../../../main/core/i18n/catalogue';
import type { FlagwatchApi, MailboxEntry, MailboxSaveRequest, MailboxTestResult } from '../../../preload/contract';
import { failureOf, type Failure } from '../../state/failure';

export interface MailboxesState {
  entries: MailboxEntry[] | null;
  /** Mailboxes whose test is running. */
  testing: ReadonlySet<string>;
  /** Answers of the tests run since the section opened, by mailbox id. */
  results: Readonly<Record<string, MailboxTestResult>>;
  problem: Failure | null;

  load(): Promise<void>;
  /** Resolves to whether it was saved; a refusal becomes `problem`. */
  save(request: MailboxSaveRequest): Promise<boolean>;
  remove(id: string): Promise<void>;
  test(id: string): Promise<void>;
  dismissProblem(): void;
}

export type MailboxesStore = StoreApi<MailboxesState>;

export function createMailboxesStore(api: FlagwatchApi): MailboxesStore {
  return createStore<MailboxesState>()((set, get) => {
    async function attempt(what: MessageKey, action: () => Promise<void>): Promise<boolean> {
      try {
        await action();
        set({ problem: null });
        return true;
      } catch (error) {
        set({ problem: failureOf(what, error) });
        return false;
      }
    }

    const list = async () => set({ entries: await api.invoke('mailboxes.list', {}) });

    return {
      entries: null,
      testing: new Set(),
      results: {},
      problem: null,

      load: async () => void (await attempt('mailboxes.action.load', list)),
      save: (request) =>
        attempt('mailboxes.action.save', async () => {
          const saved = await api.invoke('mailboxes.save', request);
          // The last answer was for the settings before this save.
          const { [saved.id]: _stale, ...results } = get().results;
          set({ results });
          await list();
        }),
      remove: async (id) =>
        void (await attempt('mailboxes.action.remove', async () =>
          set({ entries: await api.invoke('mailboxes.remove', { id }) }),
        )),
      test: async (id) => {
        set({ testing: new Set([...get().testing, id]) });
        await attempt('mailboxes.action.test', async () => {
          const result = await api.invoke('mailboxes.test', { id });
          set({ results: { ...get().results, [id]: result } });
        });
        set({ testing: new Set([...get().testing].filter((t) => t !== id)) });
      },
      dismissProblem: () => set({ problem: null }),
    };
  });
}
