// The Settings view's state: the settings as the host holds them, and how the last save went.
// Its own small store, made per view, since nothing else in the window needs it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FlagwatchApi, Settings } from '../../../preload/contract';
import { failureOf, type Failure } from '../../state/failure';
import type { SettingsPatch } from './settings-draft';

/** What the last save or load came to; a problem is an alert, the rest a status. */
export type SettingsOutcome =
  { kind: 'saved'; key: 'settings.saved' | 'settings.nothingToSave' } | { kind: 'problem'; failure: Failure };

export interface SettingsState {
  settings: Settings | null;
  outcome: SettingsOutcome | null;

  load(): Promise<void>;
  /** Resolves to whether the host took it. */
  save(patch: SettingsPatch): Promise<boolean>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(api: FlagwatchApi): SettingsStore {
  return createStore<SettingsState>()((set) => ({
    settings: null,
    outcome: null,

    load: async () => {
      try {
        set({ settings: await api.invoke('settings.get', {}) });
      } catch (error) {
        set({ outcome: { kind: 'problem', failure: failureOf('settings.action.load', error) } });
      }
    },
    save: async (patch) => {
      try {
        if (Object.keys(patch).length === 0) {
          set({ outcome: { kind: 'saved', key: 'settings.nothingToSave' } });
          return true;
        }
        set({
          settings: await api.invoke('settings.update', patch),
          outcome: { kind: 'saved', key: 'settings.saved' },
        });
        return true;
      } catch (error) {
        set({ outcome: { kind: 'problem', failure: failureOf('settings.action.save', error) } });
        return false;
      }
    },
  }));
}
