// A backup file is whatever the user picks: a real backup of a filled folder, with any part of
// any document replaced by anything, removed or added to, then sealed again (as a tool that knows
// the format could), or simply cut short. Staging it never throws and either refuses it in words
// (nothing written) or accepts it; an accepted one, put in place, opens without a single store
// found damaged.
import Conf from 'conf';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPendingRestore, createDataFolder, pendingRestoreName } from '../../../../main/adapters/store/data-folder';
import { openStores } from '../../../../main/adapters/store/open-stores';
import { writeBackup } from '../../../../main/core/backup/backup-file';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { defaultSettings } from '../../../../main/core/schema';
import { account, inboxItem } from '../../../support/fixtures';

const en = translatorFor('en');
const now = new Date('2026-11-26T19:30:00.000Z');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'flagwatch-backup-fuzz-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const source = path.join(root, 'source');
const stores = openStores({ dataDir: source, StoreClass: Conf });
stores.settings.write({ settings: { ...defaultSettings, theme: 'dark' } });
stores.inbox().write({ notifications: [inboxItem({ read: true })], accounts: [account()], lastSuccessAt: null });
stores.reminders.write({ raised: { n1: { deadline: '2026-11-28T00:00:00.000Z', leadHours: 24 } } });
const good = JSON.parse(createDataFolder({ dataDir: source, appVersion: '1.0.0' }).backup(now).text) as Record<
  string,
  unknown
>;

function pathsOf(value: unknown, at: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [at];
  return [at, ...Object.keys(value).flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...at, key]))];
}
const documentPaths = pathsOf(good.documents).filter((p) => p.length > 0);

const change = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), with: fc.anything({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('remove' as const) }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.string({ maxLength: 8 }),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
);

/** The good backup with one part of its documents changed and sealed again, or cut short. */
const backupText = fc.oneof(
  fc.tuple(fc.nat(), change).map(([where, edit]) => {
    const documents = structuredClone(good.documents) as Record<string, unknown>;
    const at = documentPaths[where % documentPaths.length]!;
    const parent = at
      .slice(0, -1)
      .reduce<Record<string, unknown>>((n, k) => n[k] as Record<string, unknown>, documents);
    const key = at.at(-1)!;
    if (edit.kind === 'replace') parent[key] = edit.with;
    else if (edit.kind === 'remove') delete parent[key];
    else if (parent[key] && typeof parent[key] === 'object')
      (parent[key] as Record<string, unknown>)[edit.key] = edit.value;
    const { createdAt, appVersion } = good as { createdAt: string; appVersion: string };
    try {
      return writeBackup({ createdAt, appVersion, documents: documents as never });
    } catch {
      // A value JSON cannot hold (a BigInt): a file no one could have written.
      return JSON.stringify(good).slice(0, 10);
    }
  }),
  fc.nat().map((cut) => {
    const text = JSON.stringify(good);
    return text.slice(0, cut % text.length);
  }),
);

describe('restoring a backup under fuzzing', () => {
  it('refuses in words or accepts 10,000 edited backups, and an accepted one opens cleanly', () => {
    const target = path.join(root, 'target');
    fs.mkdirSync(target);
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(backupText, (text) => {
        runs++;
        const staged = createDataFolder({ dataDir: target, appVersion: '1.0.0' }).stageRestore(text, en);
        if (!staged.ok) {
          expect(staged.message).toMatch(/^[a-z]/);
          expect(staged.message).not.toMatch(/TypeError|ReferenceError|Cannot read propert|\[object Object\]/);
          expect(fs.existsSync(path.join(target, pendingRestoreName))).toBe(false);
          return;
        }
        accepted++;
        // Putting every accepted one in place costs files; a hundred show it.
        if (accepted > 100) return fs.rmSync(path.join(target, pendingRestoreName));
        const restoredDir = fs.mkdtempSync(path.join(root, 'restored-'));
        fs.renameSync(path.join(target, pendingRestoreName), path.join(restoredDir, pendingRestoreName));
        expect(applyPendingRestore(restoredDir, en, now)).toMatchObject({ kind: 'restored' });
        const opened = openStores({ dataDir: restoredDir, StoreClass: Conf });
        for (const open of [opened.inbox, opened.history, opened.appeals, opened.appealDrafts, opened.supportContacts])
          open();
        expect(opened.recoveries(en)).toEqual([]);
        fs.rmSync(restoredDir, { recursive: true });
      }),
      { numRuns: 10_000, interruptAfterTimeLimit: 60_000, seed: 20261127 },
    );
    // Bounded in time: on a busy machine the file writes of accepted ones may stop it short.
    expect(runs).toBeGreaterThan(1_000);
    expect(accepted).toBeGreaterThan(0);
  }, 90_000);
});
