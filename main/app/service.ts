// The application service: the inbox, the settings and the polling of every source, put
// together, with the contract's handlers assembled from one module per group of commands.
// Every host (Electron, the Node server, the CLI, tests) runs this same code.
import type { CommandHandlers, Status } from '../../preload/contract';
import { unreadableMailboxes as unreadableText, type WatchedMailbox } from '../core/mailbox/unreadable-mailboxes';
import type { AccountHandlers } from './commands/accounts';
import { createAppealHandlers } from './commands/appeals';
import { createBackupHandlers } from './commands/backup';
import { createHealthHandlers } from './commands/health';
import { createInboxHandlers } from './commands/inbox';
import { noMailboxHandlers, type MailboxHandlers } from './commands/mailboxes';
import { createNoticeHandlers } from './commands/notices';
import { createSettingsHandlers } from './commands/settings';
import { createStatusHandlers } from './commands/status';
import { createSupportHandlers } from './commands/support';
import { createTodayHandlers } from './commands/today';
import { dailySummary } from './daily-summary';
import { createDigestKeeper } from './digest-keeper';
import { NotFoundError } from './dispatch';
import { createEventHub } from './event-hub';
import type { FlagwatchApp } from './flagwatch-app';
import { createInboxKeeper } from './inbox-keeper';
import { createNoticeIntake } from './notice-intake';
import { createPolling } from './polling';
import { createReminderKeeper } from './reminder-keeper';
import type { Clock, DataFolder, HostPort, Logger, Notifier, Source, Stores, TimerHandle } from './ports';
import type { RecordPdfWriter } from './ports/record-pdf';
import { createSettingsKeeper } from './settings-keeper';
import { createSnapshotIntake } from './snapshot-intake';
import { createVisitLog } from './visit-log';

export interface AppDependencies {
  stores: Stores;
  sources: readonly Source[];
  /** The Amazon account commands over their own store, secrets and tester; the composition root makes them. */
  accountHandlers: AccountHandlers;
  /** The mailbox commands over mailboxes.json, the secrets and a tester; none without them. */
  mailboxHandlers?: MailboxHandlers;
  /** The mailboxes being read and how each is doing; none when no mailbox is read. */
  mailboxWatches?: () => readonly WatchedMailbox[];
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  /** The system's preferred languages, best first (BCP 47), for the "system" language setting. */
  systemLanguages?: readonly string[];
  random?: () => number;
  /** What the shell can do (launch at login, file dialogs, restarting); a browser host's by default. */
  host?: HostPort;
  /** Backups and restores of the data folder; absent over memory stores. */
  dataFolder?: DataFolder;
  /** Lays an appeal record out as PDF (the host's PDF library and fonts). */
  recordPdf?: RecordPdfWriter;
}

/**
 * The appeals file opens on first use, so the first badge never waits for it; it is read this
 * long after start, so the Appeals view does not wait for it either.
 */
export const appealsWarmUpMs = 1_000;

export function createFlagwatchApp(deps: AppDependencies): FlagwatchApp {
  const { stores, clock, logger } = deps;
  const host = deps.host ?? { kind: 'browser' };
  const hub = createEventHub((error) => logger.error('event listener failed', { error: String(error) }));

  const settings = createSettingsKeeper({
    store: stores.settings,
    systemLanguages: deps.systemLanguages ?? [],
    changed(previous, next) {
      if (next.pollIntervalMinutes !== previous.pollIntervalMinutes) polling.reschedule();
      if (next.launchAtLogin !== previous.launchAtLogin) host.setLaunchAtLogin?.(next.launchAtLogin);
      if (next.digest !== previous.digest || next.quietHours !== previous.quietHours) digest.replan();
      if (
        next.quietHours !== previous.quietHours ||
        next.notificationsPaused !== previous.notificationsPaused ||
        next.alerts !== previous.alerts ||
        next.hidden !== previous.hidden
      )
        reminders.changed();
      hub.emit('status.changed', status());
      // The tooltip saved with the last write speaks the old language, and counts what was shown
      // then: work the badge out anew.
      if (next.language !== previous.language || next.hidden !== previous.hidden) {
        inbox.inbox();
        inbox.emit();
      }
    },
  });
  const polling = createPolling({
    sources: deps.sources,
    clock,
    logger,
    random: deps.random ?? Math.random,
    intervalMs: () => settings.current().pollIntervalMinutes * 60_000,
    intake: (snapshot) => intake(snapshot),
    translator: settings.translator,
    statusChanged: () => hub.emit('status.changed', status()),
    pollFailed: () => inbox.emit(),
  });
  const inbox = createInboxKeeper({
    stores,
    clock,
    logger,
    hub,
    connectivity: () => polling.connectivity(),
    firstError: () => polling.firstError(),
    unreadableMailboxes,
    translator: () => settings.translator(),
    hidden: () => settings.current().hidden,
  });
  let unreadableShown = unreadableMailboxes().join('\n');
  const intake = createSnapshotIntake({
    inbox,
    stores,
    notifier: deps.notifier,
    clock,
    logger,
    settings: () => settings.current(),
    translator: () => settings.translator(),
    alerting: (added) => reminders.alerted(added.map((n) => n.id)),
  });

  const notices = createNoticeIntake({
    inbox,
    notifier: deps.notifier,
    clock,
    logger,
    settings: () => settings.current(),
    translator: () => settings.translator(),
  });

  const summary = () => dailySummary(stores, clock.now(), settings.current().hidden);
  const visits = createVisitLog(stores.digest, clock);
  const digest = createDigestKeeper({
    store: stores.digest,
    clock,
    logger,
    notifier: deps.notifier,
    settings: () => settings.current(),
    translator: () => settings.translator(),
    summary,
    accounts: () => inbox.inbox().accounts,
  });

  // Deadlines come from the sources watched now; the demo's run at its speed.
  let sources = deps.sources;
  const reminders = createReminderKeeper({
    store: stores.reminders,
    clock,
    logger,
    notifier: deps.notifier,
    settings: () => settings.current(),
    translator: () => settings.translator(),
    notifications: () => inbox.inbox().notifications,
    accounts: () => inbox.inbox().accounts,
    scaleOf: (sourceId) => sources.find((s) => s.id === sourceId)?.timeScale ?? 1,
  });
  hub.on('inbox.changed', () => reminders.changed());

  /** The mailboxes that cannot be read now, in the badge's words. */
  function unreadableMailboxes(): string[] {
    return unreadableText(settings.translator(), deps.mailboxWatches?.() ?? []);
  }

  function status(): Status {
    return {
      state: inbox.badge().state,
      polling: polling.polling(),
      notificationsPaused: settings.current().notificationsPaused,
      lastPollAt: polling.lastPollAt(),
      lastSuccessAt: inbox.inbox().lastSuccessAt,
      nextPollAt: polling.nextPollAt(),
      error: polling.firstError() ?? null,
      sources: polling.sources(),
    };
  }

  /** Every source, or only `sourceId` (Retry on one failing account); a NotFoundError for an unknown one. */
  async function refreshNow(sourceId?: string): Promise<Status> {
    if (sourceId === undefined) await polling.runAll();
    else if (!(await polling.runOne(sourceId)))
      throw new NotFoundError(settings.translator().t('sourceChecks.notFound', { id: sourceId }));
    return status();
  }

  let appealsWarmUp: TimerHandle | null = null;

  const handlers: CommandHandlers = {
    // Acting on a notification counts as looking at Flagwatch today.
    ...createInboxHandlers(inbox, visits.record),
    ...createTodayHandlers({ summary, visits }),
    ...createSettingsHandlers(settings),
    ...createStatusHandlers({ status, refreshNow, stores, translator: settings.translator }),
    ...deps.accountHandlers,
    ...createHealthHandlers({ series: () => stores.history().read().series }),
    ...createBackupHandlers({ host, dataFolder: deps.dataFolder, clock, translator: settings.translator }),
    ...createAppealHandlers({
      stores,
      inbox,
      clock,
      translator: settings.translator,
      ...(deps.recordPdf === undefined ? {} : { recordPdf: deps.recordPdf }),
    }),
    ...createSupportHandlers({ stores, inbox, clock, settings: settings.current, translator: settings.translator }),
    ...createNoticeHandlers({ intake: notices, inbox, clock, translator: settings.translator }),
    ...(deps.mailboxHandlers ?? noMailboxHandlers(settings.translator)),
  };

  return {
    handlers,
    on: hub.on,
    badge: inbox.badge,
    status,
    translator: settings.translator,
    notices,
    async replaceSources(next) {
      sources = next;
      await polling.replace(next);
      hub.emit('status.changed', status());
      inbox.emit();
    },
    start() {
      // The system's list may have been changed behind the app's back: the setting is what holds.
      host.setLaunchAtLogin?.(settings.current().launchAtLogin);
      inbox.announceRecoveries();
      inbox.planSnoozeWake();
      polling.start();
      digest.start();
      appealsWarmUp = clock.schedule(appealsWarmUpMs, () => void stores.appeals().read());
      reminders.start();
    },
    async stop() {
      appealsWarmUp?.cancel();
      inbox.stop();
      digest.stop();
      reminders.stop();
      await polling.stop();
    },
    refreshNow,
    systemSuspended() {
      polling.systemSuspended();
      digest.suspended();
      reminders.suspended();
    },
    systemResumed() {
      // The digest waits for the wake-up check, so it tells what is true now.
      const checked = polling.systemResumed() ? polling.runAll() : Promise.resolve();
      void checked.then(() => {
        reminders.resumed();
        return digest.resumed();
      });
    },
    connectivityChanged(online) {
      const cameBack = polling.connectivityChanged(online);
      hub.emit('status.changed', status());
      inbox.emit();
      if (cameBack) void polling.runAll();
    },
    openNotification(id) {
      visits.record();
      hub.emit('notification.open', { id });
    },
    openToday() {
      visits.record();
      hub.emit('today.open', {});
    },
    openHelp() {
      hub.emit('help.open', {});
    },
    openAddNotice() {
      hub.emit('notice.paste', {});
    },
    mailboxesChanged() {
      hub.emit('mailboxes.changed', {});
      // The badge names the mailboxes it cannot read: tell it when that list changes, not on every read.
      const unreadable = unreadableMailboxes().join('\n');
      if (unreadable === unreadableShown) return;
      unreadableShown = unreadable;
      inbox.emit();
    },
    setNotificationsPaused(paused) {
      settings.update({ notificationsPaused: paused });
    },
  };
}
