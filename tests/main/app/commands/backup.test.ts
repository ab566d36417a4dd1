import { describe, expect, it } from 'vitest';
import { createBackupHandlers, restartDelayMs } from '../../../../main/app/commands/backup';
import type { DataFolder, HostPort } from '../../../../main/app/ports';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { createFakeClock } from '../../../support/fake-clock';

const goodBackup = 'a good backup';

/** A folder that takes only `goodBackup`, and remembers what it was asked. */
function fakeFolder(): DataFolder & { staged: string[] } {
  const staged: string[] = [];
  return {
    path: '/srv/flagwatch',
    staged,
    backup: (now) => ({ fileName: `backup-${now.toISOString()}.json`, text: 'backup text' }),
    stageRestore(text, t) {
      if (text !== goodBackup) return { ok: false, message: t.t('backup.problem.foreign') };
      staged.push(text);
      return { ok: true, createdAt: '2026-11-20T10:00:00.000Z', documents: 8 };
    },
  };
}

/** `null`: no data folder at all. */
function setup(host: HostPort, folder: DataFolder | null = fakeFolder()) {
  const clock = createFakeClock();
  let locale: 'en' | 'zh-CN' = 'en';
  const handlers = createBackupHandlers({
    host,
    dataFolder: folder ?? undefined,
    clock,
    translator: () => translatorFor(locale),
  });
  return { handlers, clock, speak: (next: 'en' | 'zh-CN') => void (locale = next) };
}

describe('host.get', () => {
  it('says the browser host has no launch at login and no dialogs, and where the data folder is', () => {
    expect(setup({ kind: 'browser' }).handlers['host.get']({})).toEqual({
      kind: 'browser',
      dataDir: '/srv/flagwatch',
      launchAtLogin: false,
      fileDialogs: false,
    });
  });

  it('says what a desktop host offers', () => {
    const host: HostPort = {
      kind: 'electron',
      setLaunchAtLogin: () => {},
      saveFileWithDialog: async () => null,
      openFileWithDialog: async () => null,
    };
    expect(setup(host).handlers['host.get']({})).toMatchObject({ launchAtLogin: true, fileDialogs: true });
  });

  it('offers no dialogs when the host has only one of the two', async () => {
    const host: HostPort = { kind: 'electron', saveFileWithDialog: async () => null };
    expect((await setup(host).handlers['host.get']({})).fileDialogs).toBe(false);
  });
});

describe('backup.create', () => {
  it('answers the backup file, made now', () => {
    const { handlers, clock } = setup({ kind: 'browser' });
    expect(handlers['backup.create']({})).toEqual({
      fileName: `backup-${clock.now().toISOString()}.json`,
      text: 'backup text',
    });
  });

  it('says so where there is no data folder', () => {
    const { handlers } = setup({ kind: 'browser' }, null);
    expect(() => handlers['backup.create']({})).toThrow('this Flagwatch has no data folder to back up');
  });
});

describe('backup.restore', () => {
  it('asks the seller to restart where the host cannot', async () => {
    const { handlers } = setup({ kind: 'browser' });
    expect(handlers['backup.restore']({ text: goodBackup })).toEqual({
      createdAt: '2026-11-20T10:00:00.000Z',
      documents: 8,
      restart: 'manual',
    });
  });

  it('restarts a host that can, only after the answer has had time to reach the window', async () => {
    let restarts = 0;
    const { handlers, clock } = setup({ kind: 'electron', restart: () => restarts++ });
    expect((await handlers['backup.restore']({ text: goodBackup })).restart).toBe('automatic');
    await clock.advance(restartDelayMs - 1);
    expect(restarts).toBe(0);
    await clock.advance(1);
    expect(restarts).toBe(1);
  });

  it('refuses a bad backup in the app’s language, saying nothing changed, and never restarts', async () => {
    let restarts = 0;
    const folder = fakeFolder();
    const { handlers, clock, speak } = setup({ kind: 'electron', restart: () => restarts++ }, folder);
    expect(() => handlers['backup.restore']({ text: 'junk' })).toThrow(
      'this file is not a Flagwatch backup. Nothing was changed.',
    );
    speak('zh-CN');
    expect(() => handlers['backup.restore']({ text: 'junk' })).toThrow('此文件不是 Flagwatch 备份。未做任何更改。');
    await clock.advance(restartDelayMs * 10);
    expect(restarts).toBe(0);
    expect(folder.staged).toEqual([]);
  });
});

describe('backups through the system’s dialogs', () => {
  it('saves the backup where the seller chose, or answers null when they cancelled', async () => {
    const saved: Array<[string, string]> = [];
    let choice: string | null = '/home/me/backup.json';
    const { handlers, clock } = setup({
      kind: 'electron',
      saveFileWithDialog: async (name, text) => (choice === null ? null : (saved.push([name, text]), choice)),
      openFileWithDialog: async () => null,
    });
    expect(await handlers['backup.saveWithDialog']({})).toEqual({ path: '/home/me/backup.json' });
    expect(saved).toEqual([[`backup-${clock.now().toISOString()}.json`, 'backup text']]);
    choice = null;
    expect(await handlers['backup.saveWithDialog']({})).toEqual({ path: null });
  });

  it('restores the file the seller opened, or answers null when they cancelled', async () => {
    let opened: string | null = goodBackup;
    const { handlers } = setup({ kind: 'electron', openFileWithDialog: async () => opened });
    expect(await handlers['backup.restoreWithDialog']({})).toMatchObject({ documents: 8 });
    opened = null;
    expect(await handlers['backup.restoreWithDialog']({})).toBeNull();
  });

  it('are refused by a host without dialogs', async () => {
    const { handlers } = setup({ kind: 'browser' });
    await expect(handlers['backup.saveWithDialog']({})).rejects.toThrow(
      'this window saves and opens backup files itself',
    );
    await expect(handlers['backup.restoreWithDialog']({})).rejects.toThrow(
      'this window saves and opens backup files itself',
    );
  });
});
