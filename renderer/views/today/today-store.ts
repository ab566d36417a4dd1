// The Today view's state: today's summary as the host works it out, and the last failure. Its
// own small store, made per view, since nothing else in the window needs it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FlagwatchApi, Today } from '../../../preload/contract';
import { failureOf, type Failure } from '../../state/failure';

export interface TodayState {
  /** null until the first answer. */
  today: Today | null;
  problem: Failure | null;

  /** Asks again; an answer to an earlier request that arrives late is dropped. */
  load(): Promise<void>;
}

export type TodayStore = StoreApi<TodayState>;

export function createTodayStore(api: FlagwatchApi): TodayStore {
  return createStore<TodayState>()((set) => {
    let latest = 0;
    return {
      today: null,
      problem: null,

      load: async () => {
        const request = ++latest;
        try {
          const today = await api.invoke('today.get', {});
          if (request === latest) set({ today, problem: null });
        } catch (error) {
          if (request === latest) set({ problem: failureOf('today.action.load', error) });
        }
      },
    };
  });
}
