// Tells the app when the machine sleeps and wakes, and when the network comes or goes.
import { net, powerMonitor } from 'electron';
import type { FlagwatchApp } from '../app/flagwatch-app';

/**
 * Electron's main process has no online/offline event, and the renderer's `navigator.onLine`
 * events die with the window, which is usually closed: the tray must keep working. So main
 * asks `net.isOnline()` every few seconds. That is a synchronous read of Chromium's own
 * network-change tracker (no request goes out), so polling it costs next to nothing.
 */
export const onlineCheckIntervalMs = 10_000;

export function watchPowerAndNetwork(
  app: Pick<FlagwatchApp, 'systemSuspended' | 'systemResumed' | 'connectivityChanged'>,
): void {
  // The app starts out assuming it is online; only changes are reported.
  let online = true;
  const checkOnline = () => {
    const now = net.isOnline();
    if (now === online) return;
    online = now;
    app.connectivityChanged(now);
  };
  powerMonitor.on('suspend', () => app.systemSuspended());
  powerMonitor.on('resume', () => {
    checkOnline();
    app.systemResumed();
  });
  setInterval(checkOnline, onlineCheckIntervalMs);
  checkOnline();
}
