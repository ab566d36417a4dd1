// The Account health view's state: the latest reading of every metric, and the last failure.
// Its own small store, made per view, since nothing else in the window needs it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FlagwatchApi, LatestMetric } from '../../../preload/contract';
import { failureOf, type Failure } from '../../state/failure';

export interface HealthState {
  /** null until the first answer. */
  metrics: LatestMetric[] | null;
  problem: Failure | null;

  /** Asks again; an answer to an earlier request that arrives late is dropped. */
  load(): Promise<void>;
}

export type HealthStore = StoreApi<HealthState>;

export function createHealthStore(api: FlagwatchApi): HealthStore {
  return createStore<HealthState>()((set) => {
    let latest = 0;
    return {
      metrics: null,
      problem: null,

      load: async () => {
        const request = ++latest;
        try {
          const metrics = await api.invoke('metrics.latest', {});
          if (request === latest) set({ metrics, problem: null });
        } catch (error) {
          if (request === latest) set({ problem: failureOf('health.action.load', error) });
        }
      },
    };
  });
}
