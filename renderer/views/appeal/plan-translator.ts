// The translator for the language an appeal is written in, which may differ from the window's:
// the plan's headings follow the appeal. The window's own translator when they agree; otherwise
// that language's catalogue, loaded on demand like the window's.
import { useEffect, useState } from 'react';
import type { PlanLanguage } from '../../../main/core/appeal/appeal-schema';
import { createTranslator, type Translator } from '../../../main/core/i18n/translator';
import { useTranslator } from '../../i18n/i18n-context';
import { loadCatalogue } from '../../i18n/load-catalogue';

/** Null while the catalogue loads. */
export function usePlanTranslator(language: PlanLanguage | undefined): Translator | null {
  const windowT = useTranslator();
  const [loaded, setLoaded] = useState<Translator | null>(null);
  const needsOwn = language !== undefined && language !== windowT.locale;

  useEffect(() => {
    if (!needsOwn) return;
    let live = true;
    void loadCatalogue(language).then((catalogue) => {
      if (live) setLoaded(createTranslator(language, catalogue));
    });
    return () => {
      live = false;
    };
  }, [needsOwn, language]);

  if (language === undefined) return null;
  if (!needsOwn) return windowT;
  return loaded?.locale === language ? loaded : null;
}
