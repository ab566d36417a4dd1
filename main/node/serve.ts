// `flagwatch serve`: the app service with its scheduler running, the window served to the
// browser on 127.0.0.1, desktop notifications through node-notifier, until SIGINT or SIGTERM.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServeOptions } from './args';
import type { CliHost } from './cli-host';
import { fileSecrets } from '../adapters/secrets/file-secrets';
import { composeApp } from '../compose/compose-app';
import { posixLanguages } from '../core/i18n/locales';
import { newAccessToken } from './serve/access-token';
import { startHostServer } from './serve/host-server';

/** Tests and scripts read the address from this line. */
export const RUNNING_PREFIX = 'Flagwatch is running at ';

export async function runServe(options: ServeOptions & { dataDir: string }, host: CliHost): Promise<number> {
  const { logger } = host;
  const page = path.join(host.rendererDir, 'index.html');
  if (!existsSync(page)) throw new Error(`the window's files are missing (${page}): run \`npm run build\` first`);
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
  host.out(`${RUNNING_PREFIX}${server.pageUrl}`);
  logger.info('serving', { dataDir: options.dataDir, source: options.source });
  app.start();
  const signal = await host.stopRequested();
  logger.info('stopping', { signal });
  await app.stop();
  await server.close();
  return 0;
}
