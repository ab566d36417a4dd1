// A message nothing asks for is dead text that each language still pays for (and the window
// downloads): every key of the catalogue must be named, spelled out or built from its beginning,
// by some module of the app.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../main/core/i18n/messages/en';
import { keyUses } from './message-keys-in-bundle';

const root = path.resolve(import.meta.dirname, '../..');
const allKeys = Object.keys(en);

/** The app's sources: everything the hosts and the window run, but the catalogues themselves. */
function appSources(): string[] {
  const listed = execFileSync('git', ['ls-files', 'main', 'preload', 'renderer'], { cwd: root, encoding: 'utf8' });
  return listed.split('\n').filter((file) => /\.tsx?$/.test(file) && !file.startsWith('main/core/i18n/messages/'));
}

describe('the catalogue', () => {
  it('has no message that no module asks for', () => {
    const used = new Set(
      appSources().flatMap((file) =>
        keyUses(file, readFileSync(path.join(root, file), 'utf8'), allKeys).flatMap((use) => use.keys),
      ),
    );
    expect(allKeys.filter((key) => !used.has(key))).toEqual([]);
  });
});
