// The window bundles only the areas it speaks (see main/core/i18n/window-catalogue.ts); which
// areas those are is decided here, so a new area is placed on purpose.
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../main/core/i18n/catalogues';
import { enWindow } from '../../../../main/core/i18n/messages/en/window-areas';
import { zhCNWindow } from '../../../../main/core/i18n/messages/zh-CN/window-areas';

const areaOf = (key: string) => key.slice(0, key.indexOf('.'));
const areas = (catalogue: object) => new Set(Object.keys(catalogue).map(areaOf));

describe("the window's catalogues", () => {
  it("hold every area but the host's own", () => {
    // A new area is the window's (messages/<lang>/window-areas.ts) unless only the host speaks it.
    const hostOnly = [...areas(catalogues.en)].filter((area) => !areas(enWindow).has(area)).sort();
    expect(hostOnly).toEqual(['check', 'cli', 'demo', 'notify', 'policy', 'spapi']);
  });

  it('hold the same keys in every language', () => {
    expect(Object.keys(zhCNWindow).sort()).toEqual(Object.keys(enWindow).sort());
  });

  it('hold whole areas, each message as the full catalogue has it', () => {
    for (const [window, full] of [
      [enWindow, catalogues.en],
      [zhCNWindow, catalogues['zh-CN']],
    ] as const) {
      const kept = Object.fromEntries(Object.entries(full).filter(([key]) => areas(window).has(areaOf(key))));
      expect(window).toEqual(kept);
    }
  });
});
