import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateFile } from '../../../../main/adapters/secrets/private-file';
import { filesIn, useDataDir } from '../store/data-dir';

const dataDir = useDataDir();

describe('a private file', () => {
  it('replaces the whole text, leaves no temporary file, and keeps mode 0600 even over a looser file', async () => {
    const target = path.join(dataDir(), 'secrets.json');
    fs.writeFileSync(target, 'old text that is longer than the new one', { mode: 0o644 });
    await privateFile(target).write('new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(filesIn(dataDir())).toEqual(['secrets.json']);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it('creates its folder, for this user only', async () => {
    const target = path.join(dataDir(), 'nested', 'secrets.json');
    await privateFile(target).write('{}');
    expect(fs.statSync(path.dirname(target)).mode & 0o777).toBe(0o700);
  });

  it('leaves the old file intact and no temporary file behind when the replace fails', async () => {
    // A non-empty folder where the file should be: rename over it fails.
    const target = path.join(dataDir(), 'secrets.json');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep'), 'x');
    await expect(privateFile(target).write('new')).rejects.toThrow();
    expect(filesIn(dataDir())).toEqual(['secrets.json']);
    expect(filesIn(target)).toEqual(['keep']);
  });

  it('refuses a group-readable file too', async () => {
    const target = path.join(dataDir(), 'secrets.json');
    fs.writeFileSync(target, '{}', { mode: 0o640 });
    fs.chmodSync(target, 0o640);
    await expect(privateFile(target).read()).rejects.toThrow(/can be read by other users/);
  });
});
