// The Settings view's state: the settings as the host holds them, and how the last save went.
// Its own small store, made per view, since nothing else in the window needs it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FlagwatchApi, Settings } from '../../../preload/contract';
import type { SettingsPatch } from './settings-draft';

export interface SettingsState {
  settings: Settings | null;
  /** What the last save or load came to, in plain words; a problem is an alert, the rest a status. */
  outcome: { kind: 'saved' | 'problem'; message: string } | null;

  load(): Promise<void>;
  /** Resolves to whether the host took it. */
  save(patch: SettingsPatch): Promise<boolean>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(api: FlagwatchApi): SettingsStore {
  return createStore<SettingsState>()((set) => {
    function problem(what: string, error: unknown) {
      set({
        outcome: {
          kind: 'problem',
          message: `Could not ${what}: ${error instanceof Error ? error.message : String(error)}`,
        },
      });
    }

    return {
      settings: null,
      outcome: null,

      load: async () => {
        try {
          set({ settings: await api.invoke('settings.get', {}) });
        } catch (error) {
          problem('load the settings', error);
        }
      },
      save: async (patch) => {
        try {
          if (Object.keys(patch).length === 0) {
            set({ outcome: { kind: 'saved', message: 'Nothing to save: no setting was changed.' } });
            return true;
          }
          set({
            settings: await api.invoke('settings.update', patch),
            outcome: { kind: 'saved', message: 'Settings saved.' },
          });
          return true;
        } catch (error) {
          problem('save the settings', error);
          return false;
        }
      },
    };
  });
}
