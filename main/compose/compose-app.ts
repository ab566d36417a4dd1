// The composition root every host shares: the data folder, the stores (every file is opened here
// and handed to whoever keeps it), the chosen source, the Amazon accounts saved in the window (each
// polled by its own SP-API source), the mailboxes saved in the window (each read by its own email
// source while the app runs), the account and mailbox commands, and the app service over them.
// The host brings what differs: the notifier, the logger, the secrets (a private file
// in Node, the OS keychain in Electron) and the store class (`conf` or `electron-store`).
import { translatorFor } from '../core/i18n/catalogues';
import { resolveLocale } from '../core/i18n/locales';
import { mkdirSync } from 'node:fs';
import Conf from 'conf';
import packageJson from '../../package.json';
import { accountsSpec } from '../adapters/store/accounts-document';
import { applyPendingRestore, createDataFolder } from '../adapters/store/data-folder';
import type { ConfClass } from '../adapters/store/conf-class';
import { openDocumentStore } from '../adapters/store/document-store';
import { openStores } from '../adapters/store/open-stores';
import { findCjkFont, systemFontProbe } from '../adapters/pdf/cjk-font';
import { createRecordPdfWriter } from '../adapters/pdf/record-pdf';
import { createRecoveryList } from '../adapters/store/recovery-list';
import { createAccountHandlers, type AccountHandlers } from '../app/commands/accounts';
import { createMailboxHandlers, type MailboxHandlers } from '../app/commands/mailboxes';
import { mailboxesSpec } from '../adapters/store/mailboxes-document';
import type { FlagwatchApp } from '../app/flagwatch-app';
import type { Clock, HostPort, Logger, Notifier, Secrets, Source } from '../app/ports';
import { createFlagwatchApp } from '../app/service';
import { testMailboxConnection } from '../sources/email';
import { createConnectionTester, requiredVariables } from '../sources/spapi';
import { mailConnectionTuning } from './mail-certificates';
import { createMailboxWatchers } from './mailbox-watchers';
import { openEmailSource, removeEmailSourceState } from './open-email-source';
import { openSpApiSource, removeSpApiSourceState } from './open-spapi-source';
import { createSources } from './source-registry';
import { latestReadings } from '../core/health/metric-series';
import { loadEnglishIssueMessages } from '../core/issue-messages';

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
  /** What the shell can do beyond the contract; the browser host's (nothing more) by default. */
  host?: HostPort;
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
  // Refused payloads and store files are worded with zod's own messages, in the log's English.
  loadEnglishIssueMessages();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // A restore waiting from the last run takes the place of the data before anything opens it.
  const restored = applyPendingRestore(dataDir, translatorFor('en'), clock.now());
  if (restored?.kind === 'restored') logger.info('restored the data folder from a backup', restored);
  if (restored?.kind === 'refused') logger.warn(restored.message, { movedTo: restored.movedTo });
  // Every file of the folder notes a recovery here, so the window can tell the user of each.
  const recoveries = createRecoveryList();
  const stores = openStores({ dataDir, StoreClass, recoveryList: recoveries });
  const accounts = recoveries.note(openDocumentStore({ ...accountsSpec, dataDir, StoreClass }));
  const mailboxes = recoveries.note(openDocumentStore({ ...mailboxesSpec, dataDir, StoreClass }));

  const settings = stores.settings.read().settings;
  // Sources write their notifications in the language of the moment they are opened.
  const translator = translatorFor(resolveLocale(settings.language, parts.systemLanguages));
  const fixed = createSources(options.source, {
    dataDir,
    StoreClass,
    recoveries,
    clock,
    logger,
    settings,
    translator,
    demoSeed: options.demoSeed,
    demoSpeed: options.demoSpeed,
    appVersion,
    env,
  });

  // One source per saved account, kept while its config is unchanged so its schedule goes on.
  let byConfig = new Map<string, Source>();
  const sourcesNow = (): Source[] => {
    const next = new Map<string, Source>();
    for (const config of accounts.read().accounts) {
      const key = JSON.stringify(config);
      next.set(
        key,
        byConfig.get(key) ??
          openSpApiSource(
            { dataDir, StoreClass, recoveries },
            { config, secrets, clock, logger, appVersion, translator },
          ),
      );
    }
    byConfig = next;
    return [...fixed, ...next.values()];
  };

  const initial = sourcesNow();
  if (options.requireSource && initial.length === 0) {
    throw new NothingToCheckError(requiredVariables);
  }

  const accountHandlers = createAccountHandlers({
    accounts,
    secrets,
    testConnection: createConnectionTester({ clock, logger, appVersion, translator: () => app.translator() }),
    readings: () => latestReadings(stores.history().read().series),
    now: () => clock.now(),
    translator: () => app.translator(),
  });
  // One email source per saved mailbox, handing its notices to the app's notice intake.
  const mailConnection = mailConnectionTuning(env, logger);
  const watchers = createMailboxWatchers({
    mailboxes: () => mailboxes.read().mailboxes,
    open: (config, reports) =>
      openEmailSource(
        { dataDir, StoreClass, recoveries },
        { config, secrets, intake: app.notices, clock, logger, connection: mailConnection, ...reports },
      ),
    logger,
    changed: () => app.mailboxesChanged(),
  });
  const mailboxHandlers = createMailboxHandlers({
    mailboxes,
    secrets,
    testConnection: (config, secret) => testMailboxConnection(config, secret, mailConnection),
    now: () => clock.now(),
    translator: () => app.translator(),
    watchOf: watchers.watchOf,
  });
  const app = createFlagwatchApp({
    stores,
    sources: initial,
    accountHandlers: followingAccounts(accountHandlers, {
      refresh: () => app.replaceSources(sourcesNow()),
      forget: (accountId) => removeSpApiSourceState({ dataDir }, accountId),
    }),
    mailboxHandlers: followingMailboxes(mailboxHandlers, {
      refresh: (mailboxId) => watchers.refresh(mailboxId),
      forget: (mailboxId) => removeEmailSourceState({ dataDir }, mailboxId),
    }),
    mailboxWatches: watchers.watched,
    notifier,
    clock,
    logger,
    systemLanguages: parts.systemLanguages,
    host: parts.host,
    dataFolder: createDataFolder({ dataDir, appVersion }),
    recordPdf: createRecordPdfWriter({ cjkFont: () => findCjkFont(process.platform, systemFontProbe) }),
  });
  // The mailboxes are read while the app runs (not by `flagwatch check`, which never starts it).
  return {
    ...app,
    start() {
      app.start();
      watchers.start();
    },
    async stop() {
      await watchers.stop();
      await app.stop();
    },
  };
}

interface AccountFollowers {
  refresh(): Promise<void>;
  /** Drops what the source of a removed account kept. */
  forget(accountId: string): void;
}

/** The account commands, with the sources following each change to the accounts. */
function followingAccounts(handlers: AccountHandlers, { refresh, forget }: AccountFollowers): AccountHandlers {
  return {
    ...handlers,
    'accounts.save': async (request) => {
      const saved = await handlers['accounts.save'](request);
      await refresh();
      return saved;
    },
    'accounts.remove': async (request) => {
      const left = await handlers['accounts.remove'](request);
      await refresh();
      forget(request.id);
      return left;
    },
  };
}

interface MailboxFollowers {
  /** Starts the saved mailbox's reading over (its settings or secret may have changed). */
  refresh(mailboxId?: string): Promise<void>;
  /** Drops a removed mailbox's reading progress. */
  forget(mailboxId: string): void;
}

/** The mailbox commands, with the email sources following each change to the mailboxes. */
function followingMailboxes(handlers: MailboxHandlers, { refresh, forget }: MailboxFollowers): MailboxHandlers {
  return {
    ...handlers,
    'mailboxes.save': async (request) => {
      const saved = await handlers['mailboxes.save'](request);
      await refresh(saved.id);
      return saved;
    },
    'mailboxes.remove': async (request) => {
      await handlers['mailboxes.remove'](request);
      await refresh();
      forget(request.id);
      // Listed after the refresh: the removed mailbox's reading has stopped.
      return handlers['mailboxes.list']();
    },
  };
}
