// Hands the translator to every view. The window appears once the language is known, so it
// never flashes in one language and turns to another; a new choice re-renders it at once.
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { whenIdle } from '../app/when-idle';
import type { WindowTranslator } from '../../main/core/i18n/window-catalogue';
import type { LanguageState, LanguageStore } from './language-store';

const LanguageContext = createContext<LanguageStore | null>(null);

export function I18nProvider({ store, children }: { store: LanguageStore; children: ReactNode }) {
  const translator = useStore(store, (s) => s.translator);
  const locale = translator?.locale;

  useEffect(() => void store.getState().load(), [store]);
  useEffect(() => {
    // "As the system" follows the system while the window is open, too.
    const onChange = () => {
      const { setting, follow } = store.getState();
      if (setting === 'system') void follow(setting);
    };
    window.addEventListener('languagechange', onChange);
    return () => window.removeEventListener('languagechange', onChange);
  }, [store]);
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  // While the window waits for its first answers, so the first numbers and dates drawn are quick.
  useEffect(() => (translator ? whenIdle(() => translator.prepare()) : undefined), [translator]);

  if (!translator) return null;
  return <LanguageContext.Provider value={store}>{children}</LanguageContext.Provider>;
}

function useLanguageStore(): LanguageStore {
  const store = useContext(LanguageContext);
  if (!store) throw new Error('the translator is used outside <I18nProvider>');
  return store;
}

/** The translator for the window's language. */
export function useTranslator(): WindowTranslator {
  return useStore(useLanguageStore(), (s) => s.translator!);
}

/** The saved language choice, and how to follow a new one the host has saved. */
export function useLanguage(): Pick<LanguageState, 'setting' | 'follow'> {
  const store = useLanguageStore();
  const setting = useStore(store, (s) => s.setting);
  return { setting, follow: store.getState().follow };
}
