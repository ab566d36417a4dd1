// The Appeals view's state: the saved appeals as the host lists them, and starting a blank one.
// Its own small store, made per view.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppealSummary, FlagwatchApi } from '../../../preload/contract';
import { failureOf, type Failure } from '../../state/failure';

export interface AppealsListState {
  appeals: AppealSummary[] | null;
  problem: Failure | null;
  load(): Promise<void>;
  /** Resolves to the new appeal's id, or null when the host refused. */
  createBlank(): Promise<string | null>;
}

export type AppealsListStore = StoreApi<AppealsListState>;

export function createAppealsListStore(api: FlagwatchApi): AppealsListStore {
  return createStore<AppealsListState>()((set) => ({
    appeals: null,
    problem: null,
    load: async () => {
      try {
        set({ appeals: await api.invoke('appeals.list', {}), problem: null });
      } catch (error) {
        set({ problem: failureOf('appeal.action.list', error) });
      }
    },
    createBlank: async () => {
      try {
        return (await api.invoke('appeals.create', {})).appeal.id;
      } catch (error) {
        set({ problem: failureOf('appeal.action.create', error) });
        return null;
      }
    },
  }));
}
