// `flagwatch serve`: the app service with its scheduler running, the window served to the
// browser on 127.0.0.1, desktop notifications through node-notifier, until SIGINT or SIGTERM.
// For demos and tests it can run on a simulated clock, which SIGTSTP and SIGCONT put to sleep
// and wake as a machine would be.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServeOptions } from './args';
import type { CliHost } from './cli-host';
import { createSimulatedClock, type SimulatedClock } from '../adapters/clock/simulated-clock';
import { fileSecrets } from '../adapters/secrets/file-secrets';
import type { FlagwatchApp } from '../app/flagwatch-app';
import type { Logger } from '../app/ports';
import { composeApp } from '../compose/compose-app';
import { posixLanguages } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import { newAccessToken } from './serve/access-token';
import { startHostServer } from './serve/host-server';

/** `t` is the command line's language, for what is said before the app (and its Settings) is open. */
export async function runServe(
  options: ServeOptions & { dataDir: string },
  host: CliHost,
  t: Translator,
): Promise<number> {
  const { logger } = host;
  const page = path.join(host.rendererDir, 'index.html');
  if (!existsSync(page)) throw new Error(t.t('cli.serve.notBuilt', { page }));
  const simulated = options.clock ? createSimulatedClock(options.clock) : null;
  const app = composeApp(options, {
    notifier: host.desktopNotifier,
    logger,
    clock: simulated ?? host.clock,
    secrets: fileSecrets(options.dataDir),
    env: host.env,
    systemLanguages: posixLanguages(host.env),
    // The browser downloads and uploads backups itself; nothing here starts at login or restarts.
    host: { kind: 'browser' },
  });
  const server = await startHostServer({
    app,
    rendererDir: host.rendererDir,
    port: options.port,
    token: newAccessToken(),
    logger,
  });
  // Scripts and tests find the address as the line's only URL, in any language.
  host.out(app.translator().t('cli.serve.running', { url: server.pageUrl }));
  logger.info('serving', { dataDir: options.dataDir, source: options.source });
  const stopSleeping = simulated ? playSleep(simulated, app, host, logger) : () => {};
  if (options.clock)
    logger.info('simulated clock', { start: options.clock.start.toISOString(), speed: options.clock.speed });
  app.start();
  const signal = await host.stopRequested();
  stopSleeping();
  logger.info('stopping', { signal });
  await app.stop();
  await server.close();
  return 0;
}

/** SIGTSTP: the machine sleeps (timers stop, time goes on); SIGCONT: it wakes. Answers how to stop listening. */
function playSleep(clock: SimulatedClock, app: FlagwatchApp, host: CliHost, logger: Logger): () => void {
  const unsubscribers = [
    host.onSleepSignal('SIGTSTP', () => {
      app.systemSuspended();
      clock.suspend();
      logger.info('asleep', { at: clock.now().toISOString() });
    }),
    host.onSleepSignal('SIGCONT', () => {
      clock.resume();
      logger.info('awake', { at: clock.now().toISOString() });
      app.systemResumed();
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
