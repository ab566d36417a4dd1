// The renderer's one store. It holds only what the host sent (the inbox view, the status, the
// recoveries) plus what the page itself knows (its link to the host, the last failed action).
// Actions go through the bridge and apply the host's answer; the host's events apply the same
// way, so the last word from the host always wins.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FlagwatchApi, InboxView, Status, StoreRecovery } from '../../preload/contract';
import type { MessageKey } from '../../main/core/i18n/catalogue';
import type { ConnectionState } from '../host/websocket-transport';
import { failureOf, type Failure } from './failure';

export interface FlagwatchState {
  inbox: InboxView | null;
  status: Status | null;
  /** Store files the host had to repair, not yet dismissed. */
  recoveries: StoreRecovery[];
  /** The page's link to the host; only the browser host's socket ever leaves 'open'. */
  connection: ConnectionState;
  /** The last failed load or action, until dismissed. */
  problem: Failure | null;

  load(): Promise<void>;
  refresh(): Promise<void>;
  /** Checks one source again (the Retry of a failing account); the others are left alone. */
  retry(sourceId: string): Promise<void>;
  setRead(id: string, read: boolean): Promise<void>;
  snooze(id: string, until: string | null): Promise<void>;
  /** Marks read those with these ids (what the inbox shows), or every one without ids. */
  markAllRead(ids?: string[]): Promise<void>;
  dismissRecovery(recovery: StoreRecovery): void;
  dismissProblem(): void;

  inboxChanged(view: InboxView): void;
  statusChanged(status: Status): void;
  recovered(recovery: StoreRecovery): void;
  connectionChanged(connection: ConnectionState): void;
}

export type FlagwatchStore = StoreApi<FlagwatchState>;

export function createFlagwatchStore(api: FlagwatchApi): FlagwatchStore {
  return createStore<FlagwatchState>()((set, get) => {
    /** Runs an action; a failure becomes `problem` ("Could not mark as read: ...") instead of an unhandled rejection. */
    async function attempt(what: MessageKey, action: () => Promise<void>): Promise<void> {
      try {
        await action();
      } catch (error) {
        set({ problem: failureOf(what, error) });
      }
    }

    return {
      inbox: null,
      status: null,
      recoveries: [],
      connection: 'open',
      problem: null,

      load: () =>
        attempt('window.action.loadNotifications', async () => {
          // The small answers are asked for first: the host answers in turn, and the inbox's
          // large one would otherwise hold them up, and the inbox with them.
          const [status, recoveries, inbox] = await Promise.all([
            api.invoke('status.get', {}),
            api.invoke('recoveries.get', {}),
            api.invoke('inbox.get', {}),
          ]);
          // A fresh picture makes an earlier failure moot.
          set({ inbox, status, recoveries: withoutDuplicates([...get().recoveries, ...recoveries]), problem: null });
        }),
      refresh: () =>
        attempt('window.action.refresh', async () => set({ status: await api.invoke('poll.refresh', {}) })),
      retry: (sourceId) =>
        attempt('window.action.refresh', async () =>
          set({ status: await api.invoke('poll.refresh', { source: sourceId }) }),
        ),
      setRead: (id, read) =>
        attempt(read ? 'window.action.markRead' : 'window.action.markUnread', async () =>
          set({ inbox: await api.invoke('notification.setRead', { id, read }) }),
        ),
      snooze: (id, until) =>
        attempt(until ? 'window.action.snooze' : 'window.action.stopSnoozing', async () =>
          set({ inbox: await api.invoke('notification.snooze', { id, until }) }),
        ),
      markAllRead: (ids) =>
        attempt('window.action.markAllRead', async () =>
          set({ inbox: await api.invoke('inbox.markAllRead', ids ? { ids } : {}) }),
        ),
      dismissRecovery: (recovery) => set({ recoveries: get().recoveries.filter((r) => !sameRecovery(r, recovery)) }),
      dismissProblem: () => set({ problem: null }),

      inboxChanged: (inbox) => set({ inbox }),
      statusChanged: (status) => set({ status }),
      recovered: (recovery) => set({ recoveries: withoutDuplicates([...get().recoveries, recovery]) }),
      connectionChanged: (connection) => {
        const reconnected = connection === 'open' && get().connection !== 'open';
        set({ connection });
        // Events sent while the link was down are lost: ask for the whole picture again.
        if (reconnected) void get().load();
      },
    };
  });
}

function sameRecovery(a: StoreRecovery, b: StoreRecovery): boolean {
  return a.file === b.file && a.movedTo === b.movedTo;
}

/** The same recovery can arrive as an event and in `recoveries.get`; show it once. */
function withoutDuplicates(recoveries: StoreRecovery[]): StoreRecovery[] {
  return recoveries.filter((r, i) => recoveries.findIndex((other) => sameRecovery(r, other)) === i);
}
