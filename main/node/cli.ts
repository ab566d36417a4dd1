// The `flagwatch` command's entry, bundled to out/main/cli.js: binds the commands to this process.
import { homedir } from 'node:os';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../adapters/clock/system-clock';
import { createConsoleLogger } from '../adapters/logger/console-logger';
import { createNodeNotifier } from '../adapters/notifier/node-notifier';
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  platform: process.platform,
  env: process.env,
  home: homedir(),
  // The bundle sits in out/main/, the built window in out/renderer/.
  rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
  clock: systemClock,
  logger: createConsoleLogger(),
  desktopNotifier: createNodeNotifier(),
  // Asked for only by `serve`: a check keeps Ctrl+C's default of ending at once.
  stopRequested: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    }),
  readStdin: () => text(process.stdin),
  onSleepSignal(signal, listener) {
    process.on(signal, listener);
    return () => process.off(signal, listener);
  },
});
