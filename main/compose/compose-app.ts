// The composition root every host shares: the data folder, the stores, the chosen source, and
// the app service over them. The host brings what differs: the notifier, the logger, and the
// store class (plain `conf` in Node, `electron-store` in Electron).
import { mkdirSync } from 'node:fs';
import Conf from 'conf';
import type { FlagwatchApp } from '../app/flagwatch-app';
import type { Clock, Logger, Notifier } from '../app/ports';
import { createFlagwatchApp } from '../app/service';
import { openStores } from '../adapters/store/open-stores';
import type { ConfClass } from '../adapters/store/conf-class';
import { createSource } from '../sources/registry';

export interface CompositionOptions {
  /** Absolute; created (readable by this user only) when missing. */
  dataDir: string;
  source: string;
  demoSeed?: number;
  demoSpeed?: number;
}

export interface HostParts {
  notifier: Notifier;
  logger: Logger;
  clock: Clock;
  StoreClass?: ConfClass;
}

export function composeApp(options: CompositionOptions, { notifier, logger, clock, StoreClass = Conf }: HostParts): FlagwatchApp {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const stores = openStores({ dataDir: options.dataDir, StoreClass });
  const source = createSource(options.source, {
    dataDir: options.dataDir,
    StoreClass,
    clock,
    logger,
    settings: stores.settings.read().settings,
    demoSeed: options.demoSeed,
    demoSpeed: options.demoSpeed,
  });
  return createFlagwatchApp({ stores, sources: [source], notifier, clock, logger });
}
