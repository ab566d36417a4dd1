// What the desktop app can do beyond the contract: start at login (Electron manages login items
// on macOS and Windows only; on Linux the desktop's own autostart does it), the system's Save and
// Open dialogs for backups, and restarting itself so a restore takes effect.
import { readFile, writeFile } from 'node:fs/promises';
import { app, dialog } from 'electron';
import type { HostPort } from '../app/ports';
import type { Translator } from '../core/i18n/translator';

export interface ElectronHostPortOptions {
  platform: NodeJS.Platform;
  /** The app's language of the moment, for the dialogs' file type. */
  translator(): Translator;
}

export function createElectronHostPort({ platform, translator }: ElectronHostPortOptions): HostPort {
  const filters = () => [{ name: translator().t('backup.fileKind'), extensions: ['json'] }];
  return {
    kind: 'electron',
    ...(platform === 'linux'
      ? {}
      : { setLaunchAtLogin: (open: boolean) => app.setLoginItemSettings({ openAtLogin: open }) }),
    async saveFileWithDialog(suggestedName, text) {
      const { canceled, filePath } = await dialog.showSaveDialog({ defaultPath: suggestedName, filters: filters() });
      if (canceled || !filePath) return null;
      // It holds the seller's data: for this user only, as the data folder is.
      await writeFile(filePath, text, { mode: 0o600 });
      return filePath;
    },
    async openFileWithDialog() {
      const { canceled, filePaths } = await dialog.showOpenDialog({ properties: ['openFile'], filters: filters() });
      const [file] = filePaths;
      if (canceled || file === undefined) return null;
      return readFile(file, 'utf8');
    },
    restart() {
      // before-quit stops the app first, so nothing is written after the restore is in place.
      app.relaunch();
      app.quit();
    },
  };
}
