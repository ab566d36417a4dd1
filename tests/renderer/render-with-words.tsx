// Renders one component with the window's English words and nothing else of the window, for the
// specs of the pieces the views share.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createStore } from 'zustand/vanilla';
import { catalogues } from '../../main/core/i18n/catalogues';
import { createTranslator } from '../../main/core/i18n/translator';
import type { WindowMessageKey } from '../../main/core/i18n/window-catalogue';
import { I18nProvider } from '../../renderer/i18n/i18n-context';
import type { LanguageState } from '../../renderer/i18n/language-store';

export function renderWithWords(children: ReactNode) {
  const language = createStore<LanguageState>()(() => ({
    setting: 'en',
    translator: createTranslator<WindowMessageKey>('en', catalogues.en),
    load: async () => {},
    follow: async () => {},
  }));
  const user = userEvent.setup();
  const rendered = render(<I18nProvider store={language}>{children}</I18nProvider>);
  return { ...rendered, user };
}
