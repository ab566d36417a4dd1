// The composition root every host shares: the data folder, the stores, the chosen source, the
// Amazon accounts saved in the window (each polled by its own SP-API source), and the app service
// over them. The host brings what differs: the notifier, the logger, the secrets (a private file
// in Node, the OS keychain in Electron) and the store class (`conf` or `electron-store`).
import { mkdirSync } from 'node:fs';
import Conf from 'conf';
import packageJson from '../../package.json';
import type { FlagwatchApp } from '../app/flagwatch-app';
import type { Clock, Logger, Notifier, Secrets, Source } from '../app/ports';
import { createFlagwatchApp } from '../app/service';
import { translatorFor } from '../core/i18n/catalogues';
import { resolveLocale } from '../core/i18n/locales';
import { openDocumentStore } from '../adapters/store/document-store';
import { openStores } from '../adapters/store/open-stores';
import type { ConfClass } from '../adapters/store/conf-class';
import { createSources } from '../sources/registry';
import { createAccountCommands, type AccountCommands } from '../sources/spapi/accounts/account-commands';
import { accountsSpec } from '../sources/spapi/accounts/accounts-spec';
import { createConnectionTester } from '../sources/spapi/connection-tester';
import { requiredVariables } from '../sources/spapi/env-account';
import { openSpApiSource, removeSpApiSourceState } from '../sources/spapi/open-spapi-source';

export const appVersion: string = packageJson.version;

export interface CompositionOptions {
  /** Absolute; created (readable by this user only) when missing. */
  dataDir: string;
  source: string;
  demoSeed?: number;
  demoSpeed?: number;
  /** Fail when there is nothing to check (`flagwatch check`), rather than sit idle. */
  requireSource?: boolean;
}

export interface HostParts {
  notifier: Notifier;
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
  StoreClass?: ConfClass;
  /** Where `--source spapi` finds its account. */
  env: Readonly<Record<string, string | undefined>>;
  /** The system's preferred languages, best first (BCP 47). */
  systemLanguages: readonly string[];
}

export class NothingToCheckError extends Error {
  override name = 'NothingToCheckError';
  constructor(
    /** The environment variables that would name an account; the CLI says them in its language. */
    readonly variables: readonly string[],
  ) {
    super(translatorFor('en').t('cli.check.nothingToCheck', { variables: variables.join(', ') }));
  }
}

export function composeApp(options: CompositionOptions, parts: HostParts): FlagwatchApp {
  const { notifier, logger, clock, secrets, env, StoreClass = Conf } = parts;
  const { dataDir } = options;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const stores = openStores({ dataDir, StoreClass });
  const accounts = openDocumentStore({ ...accountsSpec, dataDir, StoreClass });
  if (accounts.recovery) logger.warn(accounts.recovery.message, { file: accounts.recovery.file });

  const settings = stores.settings.read().settings;
  const fixed = createSources(options.source, {
    dataDir,
    StoreClass,
    clock,
    logger,
    settings,
    demoSeed: options.demoSeed,
    demoSpeed: options.demoSpeed,
    appVersion,
    env,
    translator: translatorFor(resolveLocale(settings.language, parts.systemLanguages)),
  });

  // One source per saved account, kept while its config is unchanged so its schedule goes on.
  let byConfig = new Map<string, Source>();
  const sourcesNow = (): Source[] => {
    const next = new Map<string, Source>();
    for (const config of accounts.read().accounts) {
      const key = JSON.stringify(config);
      next.set(
        key,
        byConfig.get(key) ?? openSpApiSource({ dataDir, StoreClass }, { config, secrets, clock, logger, appVersion }),
      );
    }
    byConfig = next;
    return [...fixed, ...next.values()];
  };

  const initial = sourcesNow();
  if (options.requireSource && initial.length === 0) {
    throw new NothingToCheckError(requiredVariables);
  }

  const commands = createAccountCommands({
    accounts,
    secrets,
    testConnection: createConnectionTester({ clock, logger, appVersion }),
    readings: () => stores.history().read().readings,
    now: () => clock.now(),
  });
  const app = createFlagwatchApp({
    stores,
    sources: initial,
    accountCommands: followingAccounts(commands, {
      refresh: () => app.replaceSources(sourcesNow()),
      forget: (accountId) => removeSpApiSourceState({ dataDir }, accountId),
    }),
    notifier,
    clock,
    logger,
    systemLanguages: parts.systemLanguages,
  });
  return app;
}

interface AccountFollowers {
  refresh(): Promise<void>;
  /** Drops what the source of a removed account kept. */
  forget(accountId: string): void;
}

/** The account commands, with the sources following each change to the accounts. */
function followingAccounts(commands: AccountCommands, { refresh, forget }: AccountFollowers): AccountCommands {
  return {
    ...commands,
    'accounts.save': async (request) => {
      const saved = await commands['accounts.save'](request);
      await refresh();
      return saved;
    },
    'accounts.remove': async (request) => {
      const left = await commands['accounts.remove'](request);
      await refresh();
      forget(request.id);
      return left;
    },
  };
}
