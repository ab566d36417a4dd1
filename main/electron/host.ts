// The Electron host's life: one instance, the app's identity, then the tray, window, IPC,
// notifications and power events around one FlagwatchApp. A tray app: closing the window
// leaves it running, and it quits from the tray's menu (or when the OS asks it to).
import { app as electron, ipcMain, session } from 'electron';
import type { FlagwatchApp } from '../app/flagwatch-app';
import type { Logger, Notifier } from '../app/ports';
import { registerIpc } from './ipc';
import { restrictPermissions } from './permissions';
import { createElectronNotifier } from './notifier';
import { watchPowerAndNetwork } from './power';
import { createTray, type TrayIconPainter } from './tray';
import { createWindowHost, openHelp, openNotification, openToday } from './window';

export interface ElectronHostOptions {
  platform: NodeJS.Platform;
  /** electron-builder.yml's appId: Windows files toasts and taskbar entries under it. */
  appId: string;
  pageUrl: string;
  preloadPath: string;
  paint: TrayIconPainter;
  logger: Logger;
  /** Shows notifications where Electron's own cannot. */
  fallbackNotifier: Notifier;
  /** The app service over the stores in `dataDir`, raising notifications through `notifier`. */
  createApp(ports: { dataDir: string; notifier: Notifier; systemLanguages: readonly string[] }): FlagwatchApp;
}

export async function startElectronHost(options: ElectronHostOptions): Promise<void> {
  const { platform, logger } = options;
  if (!electron.requestSingleInstanceLock()) {
    electron.quit();
    return;
  }
  if (platform === 'win32') electron.setAppUserModelId(options.appId);
  if (platform === 'darwin') electron.dock?.hide();
  await electron.whenReady();
  restrictPermissions(session.defaultSession);

  const windows = createWindowHost({ pageUrl: options.pageUrl, preloadPath: options.preloadPath, logger });
  const notifier = createElectronNotifier({
    platform,
    fallback: options.fallbackNotifier,
    onClick: (id) => void (id === null ? windows.show() : openNotification(windows, flagwatch, id)),
    onOpenToday: () => void openToday(windows, flagwatch),
  });
  const flagwatch = options.createApp({
    dataDir: electron.getPath('userData'),
    notifier,
    systemLanguages: electron.getPreferredSystemLanguages(),
  });

  registerIpc(ipcMain, flagwatch, windows);
  createTray({
    app: flagwatch,
    windows,
    paint: options.paint,
    platform,
    openSupport: () => void openHelp(windows, flagwatch),
  });
  watchPowerAndNetwork(flagwatch);

  // Starting Flagwatch again brings the running one's window forward.
  electron.on('second-instance', () => void windows.show());
  // Without a listener Electron quits when the last window closes; the tray must stay.
  electron.on('window-all-closed', () => {});
  electron.on('before-quit', stopBeforeQuitting(flagwatch, logger));
  flagwatch.start();
}

/** A before-quit listener that holds the quit until a poll in flight has finished and its files are written. */
function stopBeforeQuitting(flagwatch: FlagwatchApp, logger: Logger): (event: Electron.Event) => void {
  let stopping: Promise<void> | null = null;
  let stopped = false;
  return (event) => {
    if (stopped) return;
    event.preventDefault();
    stopping ??= flagwatch
      .stop()
      .catch((error: unknown) => logger.error('stopping failed', { error: String(error) }))
      .finally(() => {
        stopped = true;
        electron.quit();
      });
  };
}
