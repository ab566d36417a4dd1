// The settings as the app holds them: saved whole before anyone is told, and the translator of
// the language they choose, or the system's.
import { describe, expect, it } from 'vitest';
import type { SettingsDocument } from '../../../main/app/ports';
import { createSettingsKeeper } from '../../../main/app/settings-keeper';
import { defaultSettings, type Settings } from '../../../main/core/schema';
import { memoryDocument } from '../../support/memory-stores';

function setup(systemLanguages: readonly string[] = ['zh-CN']) {
  const store = memoryDocument<SettingsDocument>({ settings: defaultSettings });
  const told: Array<[Settings, Settings, Settings]> = [];
  const keeper = createSettingsKeeper({
    store,
    systemLanguages,
    changed: (previous, next) => void told.push([previous, next, store.read().settings]),
  });
  return { store, keeper, told };
}

describe('settings keeper', () => {
  it('saves the patched settings whole, then tells what they were and are', () => {
    const { store, keeper, told } = setup();
    const next = keeper.update({ pollIntervalMinutes: 15 });
    expect(next).toEqual({ ...defaultSettings, pollIntervalMinutes: 15 });
    expect(store.read()).toEqual({ settings: next });
    expect(told).toEqual([[defaultSettings, next, next]]);
    expect(keeper.current()).toBe(next);
  });

  it('speaks the chosen language, or the system’s, and follows a change', () => {
    const { keeper } = setup();
    keeper.update({ language: 'system' });
    expect(keeper.translator().locale).toBe('zh-CN');
    keeper.update({ language: 'en' });
    expect(keeper.translator().locale).toBe('en');
    keeper.update({ language: 'system' });
    expect(keeper.translator().locale).toBe('zh-CN');
  });
});
