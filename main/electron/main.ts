// The Electron entry (bundled to out/main/electron.js): wires the real adapters, the demo
// source and the app service into the host. Everything it starts is built and tested elsewhere.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ElectronStore from 'electron-store';
import { systemClock } from '../adapters/clock/system-clock';
import { acquireFolderLock } from '../adapters/lock/folder-lock';
import { createConsoleLogger } from '../adapters/logger/console-logger';
import { createNodeNotifier } from '../adapters/notifier/node-notifier';
import { privateFile } from '../adapters/secrets/private-file';
import { composeApp } from '../compose/compose-app';
import { drawTrayIcon } from '../core/tray/draw-tray-icon';
import type { FlagwatchApp } from '../app/flagwatch-app';
import { startElectronHost } from './host';
import { createElectronHostPort } from './host-port';
import { safeStorageSecrets } from './secrets';

const logger = createConsoleLogger();

startElectronHost({
  platform: process.platform,
  appId: 'com.flagwatch.app',
  // Beside this bundle in out/: the sandboxed preload (CommonJS) and the renderer's page.
  preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
  pageUrl: new URL('../renderer/index.html', import.meta.url).href,
  paint: drawTrayIcon,
  logger,
  fallbackNotifier: createNodeNotifier(),
  createApp: ({ dataDir, notifier, systemLanguages }) => {
    // Held for the life of the process: a `flagwatch serve` on this folder is refused meanwhile.
    acquireFolderLock(dataDir, { command: 'tray app', now: systemClock.now() });
    // The dialogs speak the app's language, asked for only once the app exists.
    const host = createElectronHostPort({ platform: process.platform, translator: () => app.translator() });
    const app: FlagwatchApp = composeApp(
      { dataDir, source: 'demo' },
      {
        notifier,
        logger,
        clock: systemClock,
        // Called once the app is ready: safeStorage needs that on every OS.
        secrets: safeStorageSecrets(privateFile(path.join(dataDir, 'secrets.json')), process.platform),
        StoreClass: ElectronStore,
        env: process.env,
        systemLanguages,
        host,
      },
    );
    return app;
  },
}).catch((error: unknown) => {
  logger.error('Flagwatch could not start', { error: String(error) });
  process.exit(1);
});
