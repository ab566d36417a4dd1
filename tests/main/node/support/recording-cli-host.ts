// A host for `runCli` that records what a command prints to stdout and stderr. Its home, data
// and renderer folders lie under the test's own folder; it runs on a fake clock, logs and shows
// nothing, and is never asked to stop.
import path from 'node:path';
import type { CliHost } from '../../../../main/node/cli-host';
import { createFakeClock } from '../../../support/fake-clock';
import { silentLogger } from '../../../support/silent-logger';

export interface RecordingCliHost {
  host: CliHost;
  out: string[];
  err: string[];
}

/** `env` joins XDG_DATA_HOME (under `root`); `overrides` replace any other part. */
export function recordingCliHost(
  root: string,
  env: Record<string, string> = {},
  overrides: Partial<CliHost> = {},
): RecordingCliHost {
  const out: string[] = [];
  const err: string[] = [];
  const host: CliHost = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    platform: 'linux',
    env: { XDG_DATA_HOME: path.join(root, 'xdg'), ...env },
    home: path.join(root, 'home'),
    rendererDir: path.join(root, 'renderer'),
    clock: createFakeClock(),
    logger: silentLogger,
    desktopNotifier: { show: async () => {} },
    stopRequested: () => new Promise(() => {}),
    onSleepSignal: () => () => {},
    ...overrides,
  };
  return { host, out, err };
}
