// A restore through the contract, end to end over real files: checked and kept by one run, put in
// place by the next start, before anything opens the stores.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeApp } from '../../../main/compose/compose-app';
import { quietHostParts } from '../../support/host-parts';

let dirs: string[];
beforeEach(async () => {
  dirs = [await mkdtemp(path.join(tmpdir(), 'flagwatch-a-')), await mkdtemp(path.join(tmpdir(), 'flagwatch-b-'))];
});
afterEach(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('a backup restored into an empty data folder', () => {
  it('changes nothing while the app runs, and gives the same inbox and settings on the next start', async () => {
    const [a, b] = dirs as [string, string];
    const first = composeApp({ dataDir: a, source: 'demo' }, quietHostParts());
    await first.refreshNow();
    const [one] = (await first.handlers['inbox.get']({})).notifications;
    await first.handlers['notification.setRead']({ id: one!.id, read: true });
    await first.handlers['settings.update']({ theme: 'dark', pollIntervalMinutes: 17 });
    const { text } = await first.handlers['backup.create']({});
    const inbox = (await first.handlers['inbox.get']({})).notifications;
    await first.stop();

    const empty = composeApp({ dataDir: b, source: 'demo' }, quietHostParts());
    expect(await empty.handlers['backup.restore']({ text })).toMatchObject({ documents: 11, restart: 'manual' });
    expect((await empty.handlers['settings.get']({})).theme).toBe('system');
    await empty.stop();

    const restored = composeApp({ dataDir: b, source: 'demo' }, quietHostParts());
    expect(await restored.handlers['settings.get']({})).toMatchObject({ theme: 'dark', pollIntervalMinutes: 17 });
    expect((await restored.handlers['inbox.get']({})).notifications).toEqual(inbox);
    expect(await restored.handlers['recoveries.get']({})).toEqual([]);
    await restored.stop();
  });

  it('refuses a damaged backup with the reason, leaving the folder as it was', async () => {
    const [a, b] = dirs as [string, string];
    const first = composeApp({ dataDir: a, source: 'demo' }, quietHostParts());
    const { text } = await first.handlers['backup.create']({});
    await first.stop();
    const other = composeApp({ dataDir: b, source: 'demo' }, quietHostParts());
    const files = await readdir(b);
    await expect(async () => other.handlers['backup.restore']({ text: text.slice(0, -20) })).rejects.toThrow(
      'the file is incomplete or not a Flagwatch backup (it cannot be read as JSON). Nothing was changed.',
    );
    expect(await readdir(b)).toEqual(files);
    await other.stop();
  });
});
