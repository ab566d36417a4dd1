// The sources the app watches, one scheduler each: which are polling, what each last said, and
// whether the app is holding them (asleep or offline, a poll can only fail, so the schedulers
// wait and poll at once when it ends). What a snapshot becomes is the caller's `intake`. Each
// source's own status is kept too, so the window can show a failing account and retry it alone.
import type { Connectivity } from '../core/badge';
import { messageOf } from '../core/error-message';
import type { Translator } from '../core/i18n/translator';
import type { Snapshot } from '../core/schema';
import type { SourceStatus } from '../../preload/contract';
import type { Clock, Logger, Source } from './ports';
import { createScheduler, type Scheduler } from './scheduler';

export interface PollingOptions {
  sources: readonly Source[];
  clock: Clock;
  logger: Logger;
  random: () => number;
  intervalMs: () => number;
  /** The app's language, for what a failed save tells the seller. */
  translator: () => Translator;
  /** Takes a snapshot in (merge, save, notify); a throw means it could not be saved. */
  intake(snapshot: Snapshot): void;
  /** Told when the status may have changed: a poll started or ended, a plan moved. */
  statusChanged(): void;
  /** Told when a poll failed, so the badge can show it. */
  pollFailed(): void;
}

export interface Polling {
  start(): void;
  /** Cancels the timers and waits for any poll in flight. */
  stop(): Promise<void>;
  /** Keeps the sources passed again (the same objects), stops the ones gone, starts the new ones. */
  replace(next: readonly Source[]): Promise<void>;
  /** Polls every source now (or joins the poll in flight). */
  runAll(): Promise<void>;
  /** Polls this one source now (or joins its poll in flight); answers false when no source has that id. */
  runOne(sourceId: string): Promise<boolean>;
  /** Re-plans every source's next poll after the interval changed. */
  reschedule(): void;
  systemSuspended(): void;
  /** Ends the hold of a system sleep; answers whether the sources may poll now. */
  systemResumed(): boolean;
  /** Answers whether the network just came back. */
  connectivityChanged(online: boolean): boolean;
  connectivity(): Connectivity;
  /** Shown as it is: a source's error names its account in the seller's words, not its id. */
  firstError(): string | undefined;
  polling(): boolean;
  lastPollAt(): string | null;
  nextPollAt(): string | null;
  /** Each source's status, in the order the sources were given. */
  sources(): SourceStatus[];
}

interface Watch {
  source: Source;
  scheduler: Scheduler;
  error: string | null;
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  polling: boolean;
}

export function createPolling(options: PollingOptions): Polling {
  const { clock, logger } = options;
  let started = false;
  let suspended = false;
  let online = true;
  let watches: Watch[] = options.sources.map(watch);

  function holding(): boolean {
    return suspended || !online;
  }

  function holdOrGo(): void {
    for (const w of watches) {
      if (holding()) w.scheduler.pause();
      else w.scheduler.resume();
    }
  }

  function watch(source: Source): Watch {
    const w: Watch = {
      source,
      error: null,
      lastPollAt: null,
      lastSuccessAt: null,
      polling: false,
      scheduler: undefined as never,
    };
    w.scheduler = createScheduler({
      clock,
      random: options.random,
      intervalMs: options.intervalMs,
      minIntervalMs: source.minIntervalMs,
      poll: () => pollOnce(w),
      onPlanned: () => options.statusChanged(),
    });
    return w;
  }

  /** Marked as polling from its first word to its last, so the window's "checking…" shows at once. */
  async function pollOnce(w: Watch): Promise<boolean> {
    w.polling = true;
    options.statusChanged();
    const outcome = await pollAndTakeIn(w);
    w.polling = false;
    options.statusChanged();
    if (outcome === 'failed') options.pollFailed();
    return outcome === 'saved';
  }

  async function pollAndTakeIn(w: Watch): Promise<'saved' | 'failed' | 'unsaved'> {
    let snapshot: Snapshot;
    try {
      snapshot = await w.source.poll();
    } catch (error) {
      w.error = messageOf(error);
      w.lastPollAt = clock.now().toISOString();
      logger.warn('poll failed', { source: w.source.id, error: w.error });
      return 'failed';
    }
    w.error = null;
    w.lastPollAt = clock.now().toISOString();
    try {
      options.intake(snapshot);
    } catch (error) {
      logger.error('applying a snapshot failed', { source: w.source.id, error: messageOf(error) });
      w.error = options.translator().t('errors.saveNotifications', { problem: messageOf(error) });
      return 'unsaved';
    }
    w.lastSuccessAt = w.lastPollAt;
    return 'saved';
  }

  return {
    start() {
      started = true;
      for (const w of watches) w.scheduler.start();
    },
    async stop() {
      started = false;
      await Promise.all(watches.map((w) => w.scheduler.stop()));
    },
    async replace(next) {
      const gone = watches.filter((w) => !next.includes(w.source));
      const kept = new Map(watches.filter((w) => next.includes(w.source)).map((w) => [w.source, w]));
      watches = next.map((source) => kept.get(source) ?? watch(source));
      for (const w of watches) {
        if (!started || kept.has(w.source)) continue;
        w.scheduler.start();
        if (holding()) w.scheduler.pause();
      }
      await Promise.all(gone.map((w) => w.scheduler.stop()));
    },
    async runAll() {
      await Promise.all(watches.map((w) => w.scheduler.runNow()));
    },
    async runOne(sourceId) {
      const w = watches.find((each) => each.source.id === sourceId);
      if (w === undefined) return false;
      await w.scheduler.runNow();
      return true;
    },
    reschedule() {
      for (const w of watches) w.scheduler.reschedule();
    },
    systemSuspended() {
      suspended = true;
      holdOrGo();
    },
    systemResumed() {
      suspended = false;
      holdOrGo();
      return online;
    },
    connectivityChanged(isOnline) {
      const cameBack = isOnline && !online;
      online = isOnline;
      holdOrGo();
      return cameBack;
    },
    connectivity() {
      if (!online) return 'offline';
      return watches.some((w) => w.error !== null) ? 'error' : 'ok';
    },
    firstError() {
      return watches.find((w) => w.error !== null)?.error ?? undefined;
    },
    polling() {
      return watches.some((w) => w.polling);
    },
    lastPollAt() {
      const polls = watches
        .map((w) => w.lastPollAt)
        .filter((t): t is string => t !== null)
        .sort();
      return polls.at(-1) ?? null;
    },
    nextPollAt() {
      const planned = watches.map((w) => w.scheduler.nextRunAt?.getTime()).filter((t): t is number => t !== undefined);
      return planned.length ? new Date(Math.min(...planned)).toISOString() : null;
    },
    sources() {
      return watches.map((w) => ({
        id: w.source.id,
        label: w.source.account?.name ?? null,
        accountId: w.source.account?.id ?? null,
        polling: w.polling,
        lastPollAt: w.lastPollAt,
        lastSuccessAt: w.lastSuccessAt,
        nextPollAt: w.scheduler.nextRunAt?.toISOString() ?? null,
        error: w.error,
      }));
    },
  };
}
