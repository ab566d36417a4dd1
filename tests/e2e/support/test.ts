// The end-to-end tests' `test`: each test gets its own data folder (and more temporary folders on
// request), and whatever it starts (the host, a contract client, a fake server, a notification
// daemon) is stopped after it, last started first, passed or failed, before its folders go.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { startNotificationDaemon, type NotificationDaemon } from '../../support/notification-daemon';
import { connectContractClient, type ContractClient } from './contract-client';
import { startFlagwatch, type FlagwatchProcess, type ServeOptions } from './flagwatch-process';

/** Something a test starts: stopped (a process, a server) or closed (a connection). */
export type Running = { stop(): Promise<unknown> } | { close(): unknown };

interface Fixtures {
  /** A new empty folder, removed after the test. */
  tempDir: () => Promise<string>;
  /** The test's data folder: empty at the start. */
  dataDir: string;
  /** Registers what the test started, to stop after it; returns it. */
  stopAfter: <T extends Running>(item: T) => T;
  serve: Serve;
  /** A notification daemon of the test's own: give its `env` to the host whose notifications it shows. */
  daemon: NotificationDaemon;
}

/** `flagwatch serve` on the test's data folder unless told another, and a client of its contract. */
export type Serve = (options?: Partial<ServeOptions>) => Promise<Served>;

export interface Served {
  host: FlagwatchProcess;
  client: ContractClient;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  tempDir: async ({}, use) => {
    const made: string[] = [];
    await use(async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'flagwatch-e2e-'));
      made.push(dir);
      return dir;
    });
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  },
  dataDir: async ({ tempDir }, use) => use(await tempDir()),
  // Depends on tempDir so that it is torn down first: the host stops before its folder goes.
  stopAfter: async ({ tempDir: _ }, use) => {
    const running: Running[] = [];
    await use((item) => {
      running.push(item);
      return item;
    });
    for (const item of running.reverse()) await ('stop' in item ? item.stop() : item.close());
  },
  serve: async ({ dataDir, stopAfter }, use) => {
    await use(async (options) => {
      const host = stopAfter(await startFlagwatch({ dataDir, ...options }));
      return { host, client: stopAfter(await connectContractClient(host.pageUrl)) };
    });
  },
  daemon: async ({ stopAfter }, use) => use(stopAfter(await startNotificationDaemon())),
});

export { expect } from '@playwright/test';
