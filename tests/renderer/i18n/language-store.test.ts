import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../main/core/i18n/catalogue';
import { catalogues } from '../../../main/core/i18n/catalogues';
import type { Locale } from '../../../main/core/i18n/locales';
import { defaultSettings } from '../../../preload/contract';
import { createLanguageStore } from '../../../renderer/i18n/language-store';
import { createFakeBridge } from '../fake-bridge';

/** A loader whose catalogues arrive when the test says. */
function heldLoader() {
  const waiting = new Map<Locale, () => void>();
  const loader = (locale: Locale) =>
    new Promise<Readonly<Record<MessageKey, string>>>((resolve) =>
      waiting.set(locale, () => resolve(catalogues[locale])),
    );
  return { loader, arrive: (locale: Locale) => waiting.get(locale)!() };
}

describe('the language store', () => {
  it('reads the saved choice from the host', async () => {
    const bridge = createFakeBridge({ settings: { ...defaultSettings, language: 'zh-CN' } });
    const store = createLanguageStore({
      api: bridge.api,
      preferred: () => ['en'],
      loadCatalogue: async (l) => catalogues[l],
    });
    await store.getState().load();
    expect(store.getState().setting).toBe('zh-CN');
    expect(store.getState().translator?.locale).toBe('zh-CN');
  });

  it("follows the system's languages when the host cannot say", async () => {
    const bridge = createFakeBridge({ failures: { 'settings.get': 'not answering' } });
    const store = createLanguageStore({
      api: bridge.api,
      preferred: () => ['zh-TW'],
      loadCatalogue: async (l) => catalogues[l],
    });
    await store.getState().load();
    expect(store.getState().setting).toBe('system');
    expect(store.getState().translator?.locale).toBe('zh-CN');
  });

  it('keeps the last choice when an earlier catalogue arrives after it', async () => {
    const { loader, arrive } = heldLoader();
    const store = createLanguageStore({ api: createFakeBridge().api, preferred: () => [], loadCatalogue: loader });
    const chinese = store.getState().follow('zh-CN');
    const english = store.getState().follow('en');
    arrive('en');
    await english;
    arrive('zh-CN');
    await chinese;
    expect(store.getState().setting).toBe('en');
    expect(store.getState().translator?.locale).toBe('en');
  });
});
