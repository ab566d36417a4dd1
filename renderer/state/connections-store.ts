// A view's list of configured connections (the Amazon accounts, the mailboxes): the entries as
// the host lists them, the answer of each "Test connection" run in this window, and the last
// failure. Its own small store, made per view, since nothing else in the window needs it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../../main/core/i18n/catalogue';
import { attempt as attemptKeeping, type Failure } from './failure';

export interface ConnectionsState<Entry, SaveRequest, TestResult> {
  entries: Entry[] | null;
  /** Connections whose test is running. */
  testing: ReadonlySet<string>;
  /** Answers of the tests run since the view opened, by id. */
  results: Readonly<Record<string, TestResult>>;
  problem: Failure | null;

  load(): Promise<void>;
  /** Resolves to whether it was saved; a refusal becomes `problem`. */
  save(request: SaveRequest): Promise<boolean>;
  remove(id: string): Promise<void>;
  test(id: string): Promise<void>;
  dismissProblem(): void;
}

/** The host's commands for one kind of connection, and what each does in words ("Could not …"). */
export interface ConnectionCommands<Entry, SaveRequest, TestResult> {
  list(): Promise<Entry[]>;
  save(request: SaveRequest): Promise<{ id: string }>;
  /** Answers the connections left. */
  remove(id: string): Promise<Entry[]>;
  test(id: string): Promise<TestResult>;
  actions: Record<'load' | 'save' | 'remove' | 'test', MessageKey>;
}

export function createConnectionsStore<Entry, SaveRequest, TestResult>(
  commands: ConnectionCommands<Entry, SaveRequest, TestResult>,
): StoreApi<ConnectionsState<Entry, SaveRequest, TestResult>> {
  return createStore<ConnectionsState<Entry, SaveRequest, TestResult>>()((set, get) => {
    const attempt = (what: MessageKey, action: () => Promise<void>) =>
      attemptKeeping(what, action, (problem) => set({ problem }));

    const list = async () => set({ entries: await commands.list() });
    const { actions } = commands;

    return {
      entries: null,
      testing: new Set(),
      results: {},
      problem: null,

      load: async () => void (await attempt(actions.load, list)),
      save: (request) =>
        attempt(actions.save, async () => {
          const saved = await commands.save(request);
          // The last answer was for the settings before this save.
          const { [saved.id]: _stale, ...results } = get().results;
          set({ results });
          await list();
        }),
      remove: async (id) =>
        void (await attempt(actions.remove, async () => set({ entries: await commands.remove(id) }))),
      test: async (id) => {
        set({ testing: new Set([...get().testing, id]) });
        await attempt(actions.test, async () => {
          const result = await commands.test(id);
          set({ results: { ...get().results, [id]: result } });
        });
        set({ testing: new Set([...get().testing].filter((t) => t !== id)) });
      },
      dismissProblem: () => set({ problem: null }),
    };
  });
}
