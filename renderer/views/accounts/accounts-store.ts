// The Accounts view's state: the configured accounts as the host lists them, the answer of each
// "Test connection" run in this window, and the last failure. Its own small
// store, made per view, since nothing else in the window needs it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../../../main/core/i18n/catalogue';
import type { AccountEntry, AccountSaveRequest, ConnectionTestResult, FlagwatchApi } from '../../../preload/contract';
import { failureOf, type Failure } from '../../state/failure';

export interface AccountsState {
  entries: AccountEntry[] | null;
  /** Accounts whose test is running. */
  testing: ReadonlySet<string>;
  /** Answers of the tests run since the view opened, by account id. */
  results: Readonly<Record<string, ConnectionTestResult>>;
  problem: Failure | null;

  load(): Promise<void>;
  /** Resolves to whether it was saved; a refusal becomes `problem`. */
  save(request: AccountSaveRequest): Promise<boolean>;
  remove(id: string): Promise<void>;
  test(id: string): Promise<void>;
  dismissProblem(): void;
}

export type AccountsStore = StoreApi<AccountsState>;

export function createAccountsStore(api: FlagwatchApi): AccountsStore {
  return createStore<AccountsState>()((set, get) => {
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

    return {
      entries: null,
      testing: new Set(),
      results: {},
      problem: null,

      load: async () =>
        void (await attempt('accounts.action.load', async () =>
          set({ entries: await api.invoke('accounts.list', {}) }),
        )),
      save: (request) =>
        attempt('accounts.action.save', async () => {
          await api.invoke('accounts.save', request);
          set({ entries: await api.invoke('accounts.list', {}) });
        }),
      remove: async (id) =>
        void (await attempt('accounts.action.remove', async () =>
          set({ entries: await api.invoke('accounts.remove', { id }) }),
        )),
      test: async (id) => {
        set({ testing: new Set([...get().testing, id]) });
        await attempt('accounts.action.test', async () => {
          const result = await api.invoke('accounts.test', { id });
          set({ results: { ...get().results, [id]: result } });
        });
        set({ testing: new Set([...get().testing].filter((t) => t !== id)) });
      },
      dismissProblem: () => set({ problem: null }),
    };
  });
}
