// The window bundles only the messages it speaks (see main/core/i18n/window-catalogue.ts): the
// catalogue is the window's part and the host's, with no key in both, the same in every language.
// Which messages the window asks for is checked against its bundle in tests/lint.
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../main/core/i18n/catalogues';
import { enHost } from '../../../../main/core/i18n/messages/en/host';
import { enWindow } from '../../../../main/core/i18n/messages/en/window-areas';
import { zhCNHost } from '../../../../main/core/i18n/messages/zh-CN/host';
import { zhCNWindow } from '../../../../main/core/i18n/messages/zh-CN/window-areas';

const keys = (catalogue: object) => Object.keys(catalogue).sort();

describe("the window's catalogues", () => {
  it("with the host's own messages make the whole catalogue, and share no key with them", () => {
    expect(keys({ ...enWindow, ...enHost })).toEqual(keys(catalogues.en));
    expect(keys(enWindow).filter((key) => Object.hasOwn(enHost, key))).toEqual([]);
  });

  it('hold the same keys in every language, and so do the host’s', () => {
    expect(keys(zhCNWindow)).toEqual(keys(enWindow));
    expect(keys(zhCNHost)).toEqual(keys(enHost));
  });

  it('hold each message as the full catalogue has it', () => {
    for (const [window, full] of [
      [enWindow, catalogues.en],
      [zhCNWindow, catalogues['zh-CN']],
    ] as const) {
      const same = Object.fromEntries(Object.keys(window).map((key) => [key, (full as Record<string, string>)[key]]));
      expect(window).toEqual(same);
    }
  });
});
