// The running app's reading of the saved mailboxes: one email source per mailbox, watching until
// it is stopped. A mailbox saved again (its settings or its secret may have changed) starts over;
// a removed one stops; stopping waits for every connection to sign off. What each one is doing
// (watching, when it last read, or why it fails and when it tries again) is kept for the window.
import type { Logger } from '../app/ports';
import { messageOf } from '../core/error-message';
import type { MailboxWatch } from '../core/mailbox/mailbox-commands';
import type { MailboxConfig } from '../core/mailbox/mailbox-config';
import type { EmailSource, EmailSourceStatus, FolderTally } from '../sources/email';

export interface WatchReports {
  onStatus(status: EmailSourceStatus): void;
  onSynced(tally: FolderTally, at: string): void;
}

export interface MailboxWatcherDeps {
  /** The mailboxes saved now. */
  mailboxes(): readonly MailboxConfig[];
  open(config: MailboxConfig, reports: WatchReports): Pick<EmailSource, 'watch'>;
  logger: Logger;
  /** A mailbox's watch changed: the window lists the mailboxes again. */
  changed(): void;
}

export interface MailboxWatchers {
  /** Starts one watch per saved mailbox. */
  start(): void;
  /** Follows the saved mailboxes: new ones start, removed ones stop, changed ones and `restart` start over. */
  refresh(restart?: string): Promise<void>;
  watchOf(mailboxId: string): MailboxWatch | null;
  /** Each mailbox being read, with how it is doing. */
  watched(): Array<{ config: MailboxConfig; watch: MailboxWatch }>;
  /** Stops every watch and waits until each has signed off. */
  stop(): Promise<void>;
}

interface Running {
  /** The config it was started with, and as a key that tells when it changed. */
  config: MailboxConfig;
  key: string;
  controller: AbortController;
  done: Promise<void>;
  watch: MailboxWatch;
}

const starting: MailboxWatch = { state: 'starting', folders: [], lastSyncAt: null, failure: null, retryAt: null };

export function createMailboxWatchers(deps: MailboxWatcherDeps): MailboxWatchers {
  const running = new Map<string, Running>();
  let started = false;
  // One refresh at a time: a mailbox saved twice quickly must not get two watches.
  let queue: Promise<void> = Promise.resolve();

  const begin = (config: MailboxConfig) => {
    const controller = new AbortController();
    const entry: Running = {
      config,
      key: JSON.stringify(config),
      controller,
      done: Promise.resolve(),
      watch: starting,
    };
    const update = (change: Partial<MailboxWatch>) => {
      // A stopped watch's last words are no longer the mailbox's state.
      if (controller.signal.aborted) return;
      entry.watch = { ...entry.watch, ...change };
      deps.changed();
    };
    const source = deps.open(config, {
      onStatus: (status) =>
        status.state === 'watching'
          ? update({ state: 'watching', folders: status.folders, failure: null, retryAt: null })
          : update({
              state: 'failing',
              failure: status.kind,
              retryAt: new Date(Date.parse(status.at) + status.retryInMs).toISOString(),
            }),
      onSynced: (_tally, at) => update({ lastSyncAt: at }),
    });
    entry.done = source
      .watch(controller.signal)
      .catch((error: unknown) =>
        deps.logger.error('mailbox watch ended', { mailbox: config.id, error: messageOf(error) }),
      );
    running.set(config.id, entry);
  };

  const end = async (ids: readonly string[]) => {
    const ending = ids.flatMap((id) => {
      const entry = running.get(id);
      running.delete(id);
      entry?.controller.abort();
      return entry ? [entry.done] : [];
    });
    await Promise.all(ending);
  };

  const follow = async (restart?: string) => {
    const saved = new Map(deps.mailboxes().map((config) => [config.id, config]));
    const stale = [...running].filter(([id, entry]) => {
      const config = saved.get(id);
      return !config || id === restart || entry.key !== JSON.stringify(config);
    });
    await end(stale.map(([id]) => id));
    beginMissing();
  };

  const beginMissing = () => {
    if (!started) return;
    for (const config of deps.mailboxes()) if (!running.has(config.id)) begin(config);
    deps.changed();
  };

  const enqueue = (step: () => Promise<void>) => (queue = queue.then(step, step));

  return {
    start() {
      started = true;
      beginMissing();
    },
    refresh: (restart) => enqueue(() => follow(restart)),
    watchOf: (mailboxId) => running.get(mailboxId)?.watch ?? null,
    watched: () => [...running.values()].map(({ config, watch }) => ({ config, watch })),
    stop() {
      started = false;
      return enqueue(() => end([...running.keys()]));
    },
  };
}
