import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../main/core/i18n/translator';
import { loadCatalogue } from '../../../renderer/i18n/load-catalogue';

describe("the window's catalogue loader", () => {
  it("gives each language the window's words and leaves the host's own out", async () => {
    const [english, chinese] = await Promise.all([loadCatalogue('en'), loadCatalogue('zh-CN')]);
    expect(english['window.title']).toBe('Performance Notifications');
    expect(chinese['window.title']).toBe('绩效通知');
    for (const catalogue of [english, chinese]) {
      expect(Object.keys(catalogue).filter((key) => /^(cli|demo|spapi)\./.test(key))).toEqual([]);
    }
  });

  it("gives a translator that cannot be asked for the host's keys", async () => {
    const i18n = createTranslator('en', await loadCatalogue('en'));
    // @ts-expect-error the command line's usage is the host's to say
    expect(() => i18n.t('cli.usage.main')).toThrow();
    expect(i18n.has('cli.usage.main')).toBe(false);
  });
});
