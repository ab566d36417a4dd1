// The email source: reads Amazon's notices from a seller's mailbox and hands each to the intake.
// `syncOnce` reads what is new in every watched folder and signs off; `watch` keeps one
// connection per folder, idles on it when the server offers IDLE (new mail arrives within a
// second) and polls otherwise, and comes back after a dropped connection with growing pauses.
// Only reads: folders are opened with EXAMINE, bodies fetched with BODY.PEEK, nothing is flagged,
// moved or deleted. The store, the secrets and the clock are handed in by the composition root.
import { ImapFlow } from 'imapflow';
import type { Clock, DocumentStore, Logger, Secrets } from '../../app/ports';
import { mailboxSecretKey, type MailboxConfig } from '../../core/mailbox/mailbox-config';
import type { MailboxFailureKind } from '../../core/mailbox/mailbox-failure';
import { failureKindOf, MailboxError } from './failure-kind';
import { foldersToWatch } from './find-folders';
import { defaultSyncLimits, syncOpenFolder, type FolderTally, type SyncLimits } from './folder-sync';
import { imapOptions, type ConnectionTuning } from './imap-options';
import type { NoticeHandlers } from './notice-handlers';
import type { EmailSourceState } from './sync-state';

export interface WatchTuning {
  /** Between two looks at a folder when the server has no IDLE. */
  pollIntervalMs: number;
  /** IDLE is renewed this often (servers drop an IDLE after 30 minutes). */
  maxIdleMs: number;
  /** Pause after the first failure; doubled after each next one, up to `maxRetryMs`. */
  firstRetryMs: number;
  maxRetryMs: number;
}

export const defaultWatchTuning: WatchTuning = {
  pollIntervalMs: 5 * 60_000,
  maxIdleMs: 25 * 60_000,
  firstRetryMs: 5_000,
  maxRetryMs: 15 * 60_000,
};

export type EmailSourceStatus =
  | { state: 'watching'; at: string; folders: string[] }
  | { state: 'failing'; at: string; kind: MailboxFailureKind; retryInMs: number };

export interface EmailSourceOptions<Notice> {
  config: MailboxConfig;
  secrets: Secrets;
  state: DocumentStore<EmailSourceState>;
  notices: NoticeHandlers<Notice>;
  clock: Clock;
  logger: Logger;
  connection?: ConnectionTuning;
  limits?: Partial<SyncLimits>;
  watch?: Partial<WatchTuning>;
  /** Each change of state while watching: what the window shows next to the mailbox. */
  onStatus?: (status: EmailSourceStatus) => void;
  /** After each read of a folder while watching: when the mailbox was last read. */
  onSynced?: (tally: FolderTally, at: string) => void;
}

export interface EmailSource {
  readonly id: string;
  /** Reads what is new in every watched folder. Rejects with a MailboxError. */
  syncOnce(signal?: AbortSignal): Promise<FolderTally[]>;
  /** Watches until `signal` aborts; failures are reported through `onStatus` and retried. */
  watch(signal: AbortSignal): Promise<void>;
}

export function createEmailSource<Notice>(options: EmailSourceOptions<Notice>): EmailSource {
  const { config, secrets, clock, logger } = options;
  const limits = { ...defaultSyncLimits, ...options.limits };
  const tuning = { ...defaultWatchTuning, ...options.watch };
  const context = (signal?: AbortSignal) => ({ ...options, limits, signal });

  const connect = async (): Promise<ImapFlow> => {
    const secret = await secrets.get(mailboxSecretKey(config.id));
    if (!secret) throw new MailboxError('missing-secret', 'no password or token saved for this mailbox');
    const client = new ImapFlow(imapOptions(config, secret, options.connection));
    // Without a listener an 'error' event would end the process; the command that failed says it.
    client.on('error', (error: unknown) => logger.warn('mailbox connection error', { error: describe(error) }));
    try {
      await client.connect();
    } catch (error) {
      client.close();
      throw asMailboxError(error);
    }
    return client;
  };

  const signOff = async (client: ImapFlow) => {
    try {
      await client.logout();
    } catch {
      client.close();
    }
  };

  const syncOnce = async (signal?: AbortSignal): Promise<FolderTally[]> => {
    const client = await connect();
    try {
      const tallies: FolderTally[] = [];
      for (const folder of await foldersToWatch(client, config)) {
        signal?.throwIfAborted();
        await client.mailboxOpen(folder, { readOnly: true });
        tallies.push(await syncOpenFolder(client, folder, context(signal)));
      }
      return tallies;
    } catch (error) {
      throw asMailboxError(error);
    } finally {
      await signOff(client);
    }
  };

  /** Until `signal` aborts or the connection fails. */
  const watchFolder = async (folder: string, signal: AbortSignal): Promise<void> => {
    const client = await connect();
    const wake = new Wakeup();
    client.on('exists', () => wake.now());
    client.on('close', () => wake.fail(new MailboxError('dropped', 'the server closed the connection')));
    const stop = () => wake.now();
    signal.addEventListener('abort', stop);
    try {
      await client.mailboxOpen(folder, { readOnly: true });
      const idles = client.capabilities.has('IDLE');
      while (!signal.aborted) {
        const tally = await syncOpenFolder(client, folder, context(signal));
        options.onSynced?.(tally, clock.now().toISOString());
        if (signal.aborted) break;
        const timer = clock.schedule(idles ? tuning.maxIdleMs : tuning.pollIntervalMs, () => wake.now());
        // The next command (the sync's first fetch) ends the IDLE; its own answer is not needed.
        if (idles) client.idle().catch(() => undefined);
        try {
          await wake.next();
        } finally {
          timer.cancel();
        }
        // Without IDLE, a NOOP is what makes the server tell of new mail.
        if (!idles && !signal.aborted) await client.noop();
      }
    } finally {
      signal.removeEventListener('abort', stop);
      await signOff(client);
    }
  };

  const watch = async (signal: AbortSignal): Promise<void> => {
    let failures = 0;
    while (!signal.aborted) {
      const round = new AbortController();
      const abortRound = () => round.abort();
      signal.addEventListener('abort', abortRound);
      try {
        const folders = await listFolders();
        options.onStatus?.({ state: 'watching', at: clock.now().toISOString(), folders });
        // One folder failing ends the round for all: they come back together.
        const results = await Promise.allSettled(
          folders.map((folder) => watchFolder(folder, round.signal).finally(() => round.abort())),
        );
        const failed = results.find((result) => result.status === 'rejected');
        if (failed && !signal.aborted) throw failed.reason;
        failures = 0;
      } catch (error) {
        if (signal.aborted) break;
        const kind = failureKindOf(error);
        const retryInMs = Math.min(tuning.firstRetryMs * 2 ** failures, tuning.maxRetryMs);
        failures += 1;
        logger.warn('mailbox watch failed; trying again', {
          mailbox: config.id,
          kind,
          retryInMs,
          error: describe(error),
        });
        options.onStatus?.({ state: 'failing', at: clock.now().toISOString(), kind, retryInMs });
        await pause(clock, retryInMs, signal);
      } finally {
        signal.removeEventListener('abort', abortRound);
      }
    }
  };

  const listFolders = async (): Promise<string[]> => {
    const client = await connect();
    try {
      return await foldersToWatch(client, config);
    } catch (error) {
      throw asMailboxError(error);
    } finally {
      await signOff(client);
    }
  };

  return { id: `email:${config.id}`, syncOnce, watch };
}

/** One waiter at a time: resolves on `now`, rejects on `fail` (also when they came first). */
class Wakeup {
  private pending = false;
  private failure: unknown = undefined;
  private waiter: { resolve: () => void; reject: (error: unknown) => void } | undefined;

  now(): void {
    if (this.waiter) this.waiter.resolve();
    else this.pending = true;
    this.waiter = undefined;
  }

  fail(error: unknown): void {
    this.failure ??= error;
    this.waiter?.reject(error);
    this.waiter = undefined;
  }

  next(): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }
}

function pause(clock: Clock, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      timer.cancel();
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = clock.schedule(ms, done);
    signal.addEventListener('abort', done);
  });
}

function asMailboxError(error: unknown): MailboxError {
  if (error instanceof MailboxError) return error;
  return new MailboxError(failureKindOf(error), describe(error));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
