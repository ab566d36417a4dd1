// `flagwatch serve`: the app service with its scheduler running, the window served to the
// browser on 127.0.0.1, desktop notifications through node-notifier, until SIGINT or SIGTERM.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServeOptions } from './args';
import type { CliHost } from './cli-host';
import { fileSecrets } from '../adapters/secrets/file-secrets';
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
  const app = composeApp(options, {
    notifier: host.desktopNotifier,
    logger,
    clock: host.clock,
    secrets: fileSecrets(options.dataDir),
    env: host.env,
    systemLanguages: posixLanguages(host.env),
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
  app.start();
  const signal = await host.stopRequested();
  logger.info('stopping', { signal });
  await app.stop();
  await server.close();
  return 0;
}
