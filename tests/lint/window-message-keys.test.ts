// The window's catalogues leave out the host's own messages, so the window must never ask for one
// of them: nothing would answer. And they hold nothing the window never asks for, which it would
// download for nothing. This walks what the renderer bundles (its own files and the core modules
// it imports) and reads every literal that may be a key or a key's beginning.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../main/core/i18n/messages/en';
import { enWindow } from '../../main/core/i18n/messages/en/window-areas';
import { bundledSources, bundleKeyUses, keyUses, unspokenKeyUses } from './message-keys-in-bundle';

const root = path.resolve(import.meta.dirname, '../..');
const allKeys = Object.keys(en);
const windowKeys = new Set(Object.keys(enWindow));

describe("the window's message keys", () => {
  it("the renderer's bundle asks for no key of the host's own areas", async () => {
    expect(await unspokenKeyUses(root, 'renderer/main.tsx', allKeys, windowKeys)).toEqual([]);
  });

  it("the window's catalogues hold no message the renderer's bundle never asks for (those go in host/)", async () => {
    const asked = new Set((await bundleKeyUses(root, 'renderer/main.tsx', allKeys)).flatMap((use) => use.keys));
    expect([...windowKeys].filter((key) => !asked.has(key))).toEqual([]);
  });

  it("the renderer's bundle reaches into the core modules it imports, and no further than the window's catalogues", async () => {
    const files = await bundledSources(root, 'renderer/main.tsx');
    expect(files).toEqual(
      expect.arrayContaining(['renderer/views/inbox/Inbox.tsx', 'main/core/appeal/checker.ts', 'preload/contract.ts']),
    );
    const messages = files.filter((file) => file.startsWith('main/core/i18n/messages/'));
    expect(messages).toContain('main/core/i18n/messages/zh-CN/window-areas.ts');
    expect(messages.filter((file) => file.includes('/host/') || file.endsWith('/index.ts'))).toEqual([]);
  });

  it("finds the host's keys a bundled module asks for, spelled out or built, and nothing else", async () => {
    const uses = await unspokenKeyUses(root, 'tests/lint/fixtures/window-keys/window.tsx', allKeys, windowKeys);
    expect(uses.map(({ file, literal }) => [path.basename(file), literal])).toEqual([
      ['core-module.ts', 'check.progress'],
      ['core-module.ts', 'spapi.error.'],
      ['core-module.ts', 'notify.summary'],
    ]);
    expect(uses[1]!.keys).toContain('spapi.error.auth-revoked');
  });
});

describe('keyUses', () => {
  const keys = ['notice.language.en', 'notice.language.zh-CN', 'notice.title', 'metric.lateShipmentRate'];
  const literals = (source: string) => keyUses('x.ts', source, keys).map((use) => [use.literal, use.keys]);

  it('counts a template by its beginning, as every key that starts with it', () => {
    expect(literals('t(`notice.language.${x}`)')).toEqual([
      ['notice.language.', ['notice.language.en', 'notice.language.zh-CN']],
    ]);
  });

  it("counts a key's beginning written without its last dot, for keys joined later", () => {
    expect(literals("const p = 'notice.language'; t(p + '.' + x)")).toEqual([
      ['notice.language', ['notice.language.en', 'notice.language.zh-CN']],
    ]);
  });

  it('does not take a word for a key, nor a key for the beginning of a longer one', () => {
    expect(literals("t('notice'); t('notice.titles'); t(`${area}.title`); t('notice.title')")).toEqual([
      ['notice.title', ['notice.title']],
    ]);
  });

  it('reads keys in JSX, and only in code (not in comments)', () => {
    const uses = keyUses('x.tsx', "// 'notice.title'\nconst a = <p title={t('metric.lateShipmentRate')} />;", keys);
    expect(uses).toEqual([
      { file: 'x.tsx', line: 2, literal: 'metric.lateShipmentRate', keys: ['metric.lateShipmentRate'] },
    ]);
  });
});
