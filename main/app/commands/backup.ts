// The contract's host and backup commands: what this host can do, a backup of the data folder
// (downloaded by the window, or saved through the system's dialog), and a restore from one. A
// restore is checked in full and only then kept, to replace the data on the next start; a host
// that can restart itself does so right after answering, elsewhere the window asks the seller to.
import type { CommandHandlers, RestoreOutcome } from '../../../preload/contract';
import type { Translator } from '../../core/i18n/translator';
import type { Clock, DataFolder, HostPort } from '../ports';

export type BackupHandlers = Pick<
  CommandHandlers,
  'host.get' | 'backup.create' | 'backup.restore' | 'backup.saveWithDialog' | 'backup.restoreWithDialog'
>;

export interface BackupHandlerDeps {
  host: HostPort;
  /** Absent where the app has no folder of its own (tests over memory stores). */
  dataFolder: DataFolder | undefined;
  clock: Clock;
  translator(): Translator;
}

/** Long enough for the answer to reach the window before the app goes. */
export const restartDelayMs = 500;

export function createBackupHandlers({ host, dataFolder, clock, translator }: BackupHandlerDeps): BackupHandlers {
  const folder = (): DataFolder => {
    if (!dataFolder) throw new Error(translator().t('backup.noFolder'));
    return dataFolder;
  };
  const unavailable = () => new Error(translator().t('backup.noDialogs'));

  function restore(text: string): RestoreOutcome {
    const t = translator();
    const staged = folder().stageRestore(text, t);
    if (!staged.ok) throw new Error(t.t('backup.refused', { problem: staged.message }));
    const { restart } = host;
    if (restart) clock.schedule(restartDelayMs, () => restart());
    return { createdAt: staged.createdAt, documents: staged.documents, restart: restart ? 'automatic' : 'manual' };
  }

  return {
    'host.get': () => ({
      kind: host.kind,
      dataDir: dataFolder?.path ?? '',
      launchAtLogin: host.setLaunchAtLogin !== undefined,
      fileDialogs: host.saveFileWithDialog !== undefined && host.openFileWithDialog !== undefined,
    }),
    'backup.create': () => folder().backup(clock.now()),
    'backup.restore': ({ text }) => restore(text),
    'backup.saveWithDialog': async () => {
      if (!host.saveFileWithDialog) throw unavailable();
      const { fileName, text } = folder().backup(clock.now());
      return { path: await host.saveFileWithDialog(fileName, text) };
    },
    'backup.restoreWithDialog': async () => {
      if (!host.openFileWithDialog) throw unavailable();
      const text = await host.openFileWithDialog();
      return text === null ? null : restore(text);
    },
  };
}
