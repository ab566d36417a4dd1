// The application service: owns the inbox, settings and status; runs one scheduler per source;
// turns each snapshot into persisted state, badge changes, native notifications and events.
// Every host (Electron, the Node server, the CLI, tests) runs this same code.
import { badgeModel, type Connectivity } from '../core/badge';
import { mergeSnapshot } from '../core/inbox/merge';
import { isSnoozed } from '../core/inbox/unread';
import { planNotifications } from '../core/notify/plan';
import { translatorFor } from '../core/i18n/catalogues';
import { resolveLocale } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import type { Badge, PerformanceNotification, Settings, Snapshot } from '../core/schema';
import type { CommandHandlers, InboxView, Status } from '../../preload/contract';
import { NotFoundError } from './dispatch';
import { createEventHub } from './event-hub';
import type { FlagwatchApp } from './flagwatch-app';
import type { Clock, InboxDocument, Logger, Notifier, Source, Stores, TimerHandle } from './ports';
import { appendReadings } from './metric-history';
import { createScheduler, type Scheduler } from './scheduler';
import type { AccountCommands } from '../sources/spapi/accounts/account-commands';

export interface AppDependencies {
  stores: Stores;
  sources: readonly Source[];
  /** The Amazon account commands (their own store and secrets); the host wires them. */
  accountCommands: AccountCommands;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  /** The system's preferred languages, best first (BCP 47), for the "system" language setting. */
  systemLanguages?: readonly string[];
  random?: () => number;
}

interface SourceState {
  source: Source;
  scheduler: Scheduler;
  error: string | null;
  lastPollAt: string | null;
}

export function createFlagwatchApp(deps: AppDependencies): FlagwatchApp {
  const { stores, clock, logger } = deps;
  const random = deps.random ?? Math.random;
  const hub = createEventHub((error) => logger.error('event listener failed', { error: String(error) }));

  // Read on first need: until then the badge comes from the summary saved with the last write.
  let loadedInbox: InboxDocument | null = null;
  let settings: Settings = stores.settings.read().settings;
  let announcedRecoveries = 0;
  let online = true;
  let snoozeTimer: TimerHandle | null = null;

  let started = false;
  // Asleep or offline, a poll can only fail: the schedulers wait, and poll at once when it ends.
  let suspended = false;
  let sources: SourceState[] = deps.sources.map(watch);
  let currentTranslator: Translator | null = null;

  /** The words of the language chosen in Settings (or the system's), for everything main says. */
  function translator(): Translator {
    const locale = resolveLocale(settings.language, deps.systemLanguages ?? []);
    if (currentTranslator?.locale !== locale) currentTranslator = translatorFor(locale);
    return currentTranslator;
  }

  function holding(): boolean {
    return suspended || !online;
  }

  function holdOrGo(): void {
    for (const s of sources) {
      if (holding()) s.scheduler.pause();
      else s.scheduler.resume();
    }
  }

  function watch(source: Source): SourceState {
    const state: SourceState = { source, error: null, lastPollAt: null, scheduler: undefined as never };
    state.scheduler = createScheduler({
      clock,
      random,
      intervalMs: () => settings.pollIntervalMinutes * 60_000,
      minIntervalMs: source.minIntervalMs,
      poll: () => pollSource(state),
      onPlanned: () => hub.emit('status.changed', status()),
    });
    return state;
  }

  /** Keeps the sources passed again (the same objects), stops the ones gone, and starts the new ones. */
  async function replaceSources(next: readonly Source[]): Promise<void> {
    const gone = sources.filter((s) => !next.includes(s.source));
    const kept = new Map(sources.filter((s) => next.includes(s.source)).map((s) => [s.source, s]));
    sources = next.map((source) => kept.get(source) ?? watch(source));
    for (const s of sources) {
      if (!started || kept.has(s.source)) continue;
      s.scheduler.start();
      if (holding()) s.scheduler.pause();
    }
    await Promise.all(gone.map((s) => s.scheduler.stop()));
    hub.emit('status.changed', status());
    emitInbox();
  }

  function connectivity(): Connectivity {
    if (!online) return 'offline';
    return sources.some((s) => s.error !== null) ? 'error' : 'ok';
  }

  /** Shown as it is: a source's error names its account in the seller's words, not its id. */
  function firstError(): string | undefined {
    return sources.find((s) => s.error !== null)?.error ?? undefined;
  }

  function inbox(): InboxDocument {
    if (loadedInbox === null) {
      loadedInbox = stores.inbox().read();
      announceRecoveries();
    }
    return loadedInbox;
  }

  /** Logs and emits each store file found damaged (and restored) since the last call. */
  function announceRecoveries(): void {
    const recoveries = stores.recoveries(translator());
    for (const recovery of recoveries.slice(announcedRecoveries)) {
      logger.warn(recovery.message, { file: recovery.file, movedTo: recovery.movedTo });
      hub.emit('store.recovered', recovery);
    }
    announcedRecoveries = recoveries.length;
  }

  function badge(): Badge {
    const saved = loadedInbox === null ? stores.summary.read().badge : null;
    if (saved) {
      const now = connectivity();
      return { ...saved, state: now !== 'ok' ? now : saved.unread > 0 ? 'active' : 'idle' };
    }
    return badgeModel({
      notifications: inbox().notifications,
      connectivity: connectivity(),
      error: firstError(),
      now: clock.now(),
      t: translator(),
    });
  }

  function view(): InboxView {
    const { notifications, accounts } = inbox();
    return { notifications, accounts, badge: badge() };
  }

  function status(): Status {
    const planned = sources.map((s) => s.scheduler.nextRunAt?.getTime()).filter((t): t is number => t !== undefined);
    const polls = sources
      .map((s) => s.lastPollAt)
      .filter((t): t is string => t !== null)
      .sort();
    return {
      state: badge().state,
      polling: sources.some((s) => s.scheduler.running),
      notificationsPaused: settings.notificationsPaused,
      lastPollAt: polls.at(-1) ?? null,
      lastSuccessAt: inbox().lastSuccessAt,
      nextPollAt: planned.length ? new Date(Math.min(...planned)).toISOString() : null,
      error: firstError() ?? null,
    };
  }

  let loggedBadge: Pick<Badge, 'unread' | 'state'> | null = null;

  /** Tells the windows, and logs the badge whenever its count or state changes. */
  function emitInbox(): InboxView {
    const current = view();
    const { unread, state, highestSeverity } = current.badge;
    if (loggedBadge?.unread !== unread || loggedBadge.state !== state) {
      logger.info('badge changed', { unread, state, severity: highestSeverity });
      loggedBadge = { unread, state };
    }
    hub.emit('inbox.changed', current);
    return current;
  }

  /** Persists first, then tells: an acknowledged change is on disk before anyone hears of it. */
  function commitInbox(next: InboxDocument): InboxView {
    stores.inbox().write(next);
    loadedInbox = next;
    const { state: _state, ...summary } = badgeModel({
      notifications: next.notifications,
      connectivity: 'ok',
      now: clock.now(),
      t: translator(),
    });
    stores.summary.write({ badge: summary });
    planSnoozeWake();
    return emitInbox();
  }

  /** Wakes when the earliest snooze ends, so the badge counts that item again without a poll. */
  function planSnoozeWake(): void {
    snoozeTimer?.cancel();
    snoozeTimer = null;
    const now = clock.now();
    let earliest = Infinity;
    for (const n of inbox().notifications) {
      if (n.status === 'open' && isSnoozed(n, now)) earliest = Math.min(earliest, Date.parse(n.snoozedUntil!));
    }
    if (earliest === Infinity) return;
    snoozeTimer = clock.schedule(earliest - now.getTime(), () => {
      planSnoozeWake();
      emitInbox();
    });
  }

  async function pollSource(state: SourceState): Promise<boolean> {
    hub.emit('status.changed', status());
    let snapshot: Snapshot;
    try {
      snapshot = await state.source.poll();
    } catch (error) {
      state.error = error instanceof Error ? error.message : String(error);
      state.lastPollAt = clock.now().toISOString();
      logger.warn('poll failed', { source: state.source.id, error: state.error });
      hub.emit('status.changed', status());
      emitInbox();
      return false;
    }
    state.error = null;
    state.lastPollAt = clock.now().toISOString();
    try {
      applySnapshot(snapshot);
    } catch (error) {
      state.error = `could not save the new notifications: ${error instanceof Error ? error.message : String(error)}`;
      logger.error('applying a snapshot failed', { source: state.source.id, error: state.error });
      hub.emit('status.changed', status());
      return false;
    }
    hub.emit('status.changed', status());
    return true;
  }

  function applySnapshot(snapshot: Snapshot): void {
    const result = mergeSnapshot(inbox().notifications, snapshot);
    const otherAccounts = inbox().accounts.filter((a) => a.source !== snapshot.source);
    const next: InboxDocument = {
      notifications: result.next,
      accounts: [...otherAccounts, ...snapshot.accounts],
      lastSuccessAt: snapshot.takenAt,
    };
    if (snapshot.metrics.length > 0) {
      const history = stores.history();
      history.write(appendReadings(history.read(), snapshot.metrics));
    }
    commitInbox(next);
    void raise(result.added);
  }

  async function raise(added: PerformanceNotification[]): Promise<void> {
    const planned = planNotifications({
      added,
      accounts: inbox().accounts,
      settings,
      now: clock.now(),
      t: translator(),
    });
    for (const notification of planned) {
      try {
        await deps.notifier.show(notification);
      } catch (error) {
        logger.warn('native notification failed', { error: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  function updateNotification(id: string, change: (n: PerformanceNotification) => PerformanceNotification): InboxView {
    let found = false;
    const notifications = inbox().notifications.map((n) => {
      if (n.id !== id) return n;
      found = true;
      return change(n);
    });
    if (!found) throw new NotFoundError(`No notification with id ${id}`);
    return commitInbox({ ...inbox(), notifications });
  }

  function updateSettings(patch: Partial<Settings>): Settings {
    const next = { ...settings, ...patch };
    stores.settings.write({ settings: next });
    const intervalChanged = next.pollIntervalMinutes !== settings.pollIntervalMinutes;
    const languageChanged = next.language !== settings.language;
    settings = next;
    if (intervalChanged) for (const s of sources) s.scheduler.reschedule();
    hub.emit('status.changed', status());
    // The badge's tooltip speaks the app's language: worked out again from the inbox, not the saved summary.
    if (languageChanged) {
      inbox();
      emitInbox();
    }
    return settings;
  }

  async function refreshNow(): Promise<Status> {
    await Promise.all(sources.map((s) => s.scheduler.runNow()));
    return status();
  }

  const handlers: CommandHandlers = {
    'inbox.get': () => view(),
    'notification.setRead': ({ id, read }) => updateNotification(id, (n) => ({ ...n, read })),
    'notification.snooze': ({ id, until }) => updateNotification(id, (n) => ({ ...n, snoozedUntil: until })),
    'inbox.markAllRead': () =>
      commitInbox({ ...inbox(), notifications: inbox().notifications.map((n) => (n.read ? n : { ...n, read: true })) }),
    'status.get': () => status(),
    'poll.refresh': () => refreshNow(),
    'settings.get': () => settings,
    'settings.update': (patch) => updateSettings(patch),
    'recoveries.get': () => stores.recoveries(translator()),
    ...deps.accountCommands,
  };

  return {
    handlers,
    on: hub.on,
    badge,
    status,
    translator,
    replaceSources,
    start() {
      started = true;
      announceRecoveries();
      planSnoozeWake();
      for (const s of sources) s.scheduler.start();
    },
    async stop() {
      started = false;
      snoozeTimer?.cancel();
      await Promise.all(sources.map((s) => s.scheduler.stop()));
    },
    refreshNow,
    systemSuspended() {
      suspended = true;
      holdOrGo();
    },
    systemResumed() {
      suspended = false;
      holdOrGo();
      if (online) for (const s of sources) void s.scheduler.runNow();
    },
    connectivityChanged(isOnline) {
      const cameBack = isOnline && !online;
      online = isOnline;
      holdOrGo();
      hub.emit('status.changed', status());
      emitInbox();
      if (cameBack) for (const s of sources) void s.scheduler.runNow();
    },
    openNotification(id) {
      hub.emit('notification.open', { id });
    },
    setNotificationsPaused(paused) {
      updateSettings({ notificationsPaused: paused });
    },
  };
}
