// Raises the deadline reminders (72, 24 and 4 h before) as their time comes, each once. What is
// raised is written down before it is shown, so neither a restart nor a crash brings it twice.
// The inbox changing, the settings changing and waking up make it look again; in between, one
// timer waits for the next lead (or the end of quiet hours). Asleep, there is no timer: on waking,
// only the nearest lead reached comes, never a burst of the ones slept through.
import { messageOf } from '../core/error-message';
import type { Translator } from '../core/i18n/translator';
import { planReminders } from '../core/notify/reminders';
import type { Account, PerformanceNotification, Settings } from '../core/schema';
import type {
  Clock,
  DocumentStore,
  Logger,
  NativeNotification,
  Notifier,
  RemindersDocument,
  TimerHandle,
} from './ports';

export interface ReminderKeeperOptions {
  store: DocumentStore<RemindersDocument>;
  clock: Clock;
  logger: Logger;
  notifier: Notifier;
  settings(): Settings;
  translator(): Translator;
  notifications(): readonly PerformanceNotification[];
  accounts(): readonly Account[];
  /** Story time per app time of a source's deadlines (the demo's speed); 1 when unknown. */
  scaleOf(sourceId: string): number;
}

export interface ReminderKeeper {
  /** Looks once the start is over (the inbox opens then, not before the first badge). */
  start(): void;
  /** Looks again: the inbox or the settings changed. */
  changed(): void;
  /** These were just added and alerted as new; called before the inbox change that brings them. */
  alerted(ids: readonly string[]): void;
  suspended(): void;
  resumed(): void;
  stop(): void;
}

export function createReminderKeeper(options: ReminderKeeperOptions): ReminderKeeper {
  const { store, clock, logger } = options;
  let timer: TimerHandle | null = null;
  let running = false;
  let asleep = false;
  let justAlerted = new Set<string>();

  function look(): void {
    timer?.cancel();
    timer = null;
    if (!running || asleep) return;
    const now = clock.now();
    const plan = planReminders({
      notifications: options.notifications(),
      raised: store.read().raised,
      accounts: options.accounts(),
      settings: options.settings(),
      now,
      t: options.translator(),
      scaleOf: options.scaleOf,
      justAlerted,
    });
    justAlerted = new Set();
    if (JSON.stringify(plan.raised) !== JSON.stringify(store.read().raised)) store.write({ raised: plan.raised });
    for (const held of plan.held) logger.info('reminder held back', { ...held, at: now.toISOString() });
    for (const reminder of plan.show) void show(reminder, now);
    if (plan.wakeAt !== null) timer = clock.schedule(plan.wakeAt.getTime() - now.getTime(), look);
  }

  async function show(reminder: NativeNotification, now: Date): Promise<void> {
    try {
      await options.notifier.show(reminder);
      logger.info('reminder shown', { id: reminder.notificationId, title: reminder.title, at: now.toISOString() });
    } catch (error) {
      logger.warn('reminder notification failed', { id: reminder.notificationId, error: messageOf(error) });
    }
  }

  return {
    start() {
      running = true;
      timer = clock.schedule(0, look);
    },
    changed: look,
    alerted(ids) {
      justAlerted = new Set([...justAlerted, ...ids]);
    },
    suspended() {
      asleep = true;
      look();
    },
    resumed() {
      asleep = false;
      look();
    },
    stop() {
      running = false;
      look();
    },
  };
}
