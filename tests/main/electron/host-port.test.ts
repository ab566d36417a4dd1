// Electron itself cannot run here: these check what the host asks of Electron's API, through the
// typed fake. Whether the OS then starts Flagwatch at login is not tested.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { createElectronHostPort } from '../../../main/electron/host-port';
import { app, dialog, resetElectronFake } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const translator = () => translatorFor('en');
beforeEach(() => resetElectronFake());

describe('Electron host port', () => {
  it('sets the login item on Windows and macOS', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const host = createElectronHostPort({ platform, translator });
      host.setLaunchAtLogin?.(true);
      host.setLaunchAtLogin?.(false);
    }
    expect(app.setLoginItemSettings.mock.calls).toEqual([
      [{ openAtLogin: true }],
      [{ openAtLogin: false }],
      [{ openAtLogin: true }],
      [{ openAtLogin: false }],
    ]);
  });

  it('offers no launch at login on Linux, where Electron cannot set one', () => {
    expect(createElectronHostPort({ platform: 'linux', translator }).setLaunchAtLogin).toBeUndefined();
  });

  it('writes a backup where the Save dialog says, readable by this user only', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'flagwatch-dialog-')), 'chosen.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const host = createElectronHostPort({ platform: 'win32', translator });
    expect(await host.saveFileWithDialog?.('flagwatch-backup-2026-11-26.json', '{"a":1}')).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: 'flagwatch-backup-2026-11-26.json',
      filters: [{ name: 'Flagwatch backup', extensions: ['json'] }],
    });
  });

  it('answers null and writes nothing when the Save dialog is cancelled', async () => {
    const host = createElectronHostPort({ platform: 'win32', translator });
    expect(await host.saveFileWithDialog?.('x.json', 'text')).toBeNull();
  });

  it('reads the file the Open dialog chose, or answers null when cancelled', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'flagwatch-dialog-')), 'backup.json');
    writeFileSync(file, 'backup text');
    const host = createElectronHostPort({ platform: 'darwin', translator });
    expect(await host.openFileWithDialog?.()).toBeNull();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    expect(await host.openFileWithDialog?.()).toBe('backup text');
  });

  it('restarts by relaunching, then quitting through the usual before-quit', () => {
    createElectronHostPort({ platform: 'linux', translator }).restart?.();
    expect(app.relaunch).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.relaunch.mock.invocationCallOrder[0]).toBeLessThan(app.quit.mock.invocationCallOrder[0]!);
  });
});
