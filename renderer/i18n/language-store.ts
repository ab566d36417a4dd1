// Which language the window speaks: the saved setting (Settings → Language), or the browser's
// own languages when it says "As the system". Holds the translator for that language once its
// catalogue is loaded; the last choice wins even if an earlier catalogue arrives later.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { resolveLocale, type LanguageSetting } from '../../main/core/i18n/locales';
import { createTranslator } from '../../main/core/i18n/translator';
import type { WindowCatalogueLoader, WindowTranslator } from '../../main/core/i18n/window-catalogue';
import type { FlagwatchApi } from '../../preload/contract';

export interface LanguageState {
  /** The saved choice; null until the host has said (or failed to). */
  setting: LanguageSetting | null;
  /** null until the first catalogue is loaded. */
  translator: WindowTranslator | null;

  /** Reads the saved choice from the host; a failure means "As the system". */
  load(): Promise<void>;
  /** Speaks `setting` from now on (the host has saved it, or the system's languages changed). */
  follow(setting: LanguageSetting): Promise<void>;
}

export type LanguageStore = StoreApi<LanguageState>;

export interface LanguageSources {
  api: FlagwatchApi;
  /** The system's preferred languages, best first (`navigator.languages`). */
  preferred(): readonly string[];
  loadCatalogue: WindowCatalogueLoader;
}

export function createLanguageStore({ api, preferred, loadCatalogue }: LanguageSources): LanguageStore {
  return createStore<LanguageState>()((set, get) => {
    let latest = 0;
    return {
      setting: null,
      translator: null,

      load: async () => {
        const setting = await api.invoke('settings.get', {}).then(
          (settings) => settings.language,
          (): LanguageSetting => 'system',
        );
        await get().follow(setting);
      },
      follow: async (setting) => {
        const request = ++latest;
        const locale = resolveLocale(setting, preferred());
        const current = get().translator;
        if (current?.locale === locale) return set({ setting });
        const catalogue = await loadCatalogue(locale);
        if (request === latest) set({ setting, translator: createTranslator(locale, catalogue) });
      },
    };
  });
}
