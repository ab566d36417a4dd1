// The settings as the app holds them: read once, written whole on every change, and the words of
// the language they choose (or the system's) for everything main says.
import { translatorFor } from '../core/i18n/catalogues';
import { resolveLocale } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import type { Settings } from '../core/schema';
import type { DocumentStore, SettingsDocument } from './ports';

export interface SettingsKeeperOptions {
  store: DocumentStore<SettingsDocument>;
  /** The system's preferred languages, best first (BCP 47), for the "system" language setting. */
  systemLanguages: readonly string[];
  /** Told after every change is saved. */
  changed(previous: Settings, next: Settings): void;
}

export interface SettingsKeeper {
  current(): Settings;
  /** Saves the patched settings, then tells; answers them. */
  update(patch: Partial<Settings>): Settings;
  translator(): Translator;
}

export function createSettingsKeeper(options: SettingsKeeperOptions): SettingsKeeper {
  let settings = options.store.read().settings;
  let translator: Translator | null = null;
  return {
    current: () => settings,
    update(patch) {
      const previous = settings;
      const next = { ...settings, ...patch };
      options.store.write({ settings: next });
      settings = next;
      options.changed(previous, next);
      return settings;
    },
    translator() {
      const locale = resolveLocale(settings.language, options.systemLanguages);
      if (translator?.locale !== locale) translator = translatorFor(locale);
      return translator;
    },
  };
}
