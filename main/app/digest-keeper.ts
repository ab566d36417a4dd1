// Shows the morning digest once a day. The day is written down before the notification is shown,
// so it never comes twice, not even across a restart or a crash. A timer waits for the next one;
// asleep, there is no timer (a sleeping machine's timers fire late), and on waking the digest
// comes at once if its time passed earlier that same day; so it does when the app starts late
// (the machine was off at nine). Only the very first start in a data folder waits for the next
// digest: a summary before the seller has seen anything would not be calm. "Pause notifications"
// holds it back for the day like any other non-critical notification.
import { nextDigest } from '../core/digest/digest-schedule';
import { digestNotification } from '../core/digest/digest-text';
import type { DigestSummary } from '../core/digest/digest-summary';
import { messageOf } from '../core/error-message';
import type { Translator } from '../core/i18n/translator';
import type { Account, Settings } from '../core/schema';
import type { Clock, DigestDocument, DocumentStore, Logger, Notifier, TimerHandle } from './ports';

export interface DigestKeeperOptions {
  store: DocumentStore<DigestDocument>;
  clock: Clock;
  logger: Logger;
  notifier: Notifier;
  settings(): Settings;
  translator(): Translator;
  summary(): DigestSummary;
  accounts(): readonly Account[];
}

export interface DigestKeeper {
  start(): void;
  /** Plans again after the digest's settings or quiet hours changed. */
  replan(): void;
  suspended(): void;
  /** Awake again: shows the digest at once when its time passed earlier today. */
  resumed(): Promise<void>;
  stop(): void;
}

export function createDigestKeeper(options: DigestKeeperOptions): DigestKeeper {
  const { store, clock, logger } = options;
  let timer: TimerHandle | null = null;
  let running = false;
  let asleep = false;

  function plan(): void {
    timer?.cancel();
    timer = null;
    if (!running || asleep) return;
    const due = nextDigest(options.settings(), store.read().lastSentDay, clock.now());
    if (due === null) return;
    timer = clock.schedule(due.at.getTime() - clock.now().getTime(), () => void showIfDue());
  }

  async function showIfDue(): Promise<void> {
    timer = null;
    const now = clock.now();
    const due = nextDigest(options.settings(), store.read().lastSentDay, now);
    // A timer that fired early (a clock set back) plans again instead.
    if (due !== null && due.at <= now) await show(due.day);
    plan();
  }

  async function show(day: string): Promise<void> {
    store.write({ ...store.read(), lastSentDay: day });
    const at = clock.now().toISOString();
    if (options.settings().notificationsPaused) {
      logger.info('digest held back', { day, at, reason: 'notifications paused' });
      return;
    }
    const notification = digestNotification(options.summary(), options.accounts(), options.translator());
    try {
      await options.notifier.show(notification);
      logger.info('digest shown', { day, at, title: notification.title });
    } catch (error) {
      logger.warn('digest notification failed', { day, error: messageOf(error) });
    }
  }

  return {
    start() {
      running = true;
      const document = store.read();
      if (document.lastSentDay === null) {
        const now = clock.now();
        const missed = nextDigest(options.settings(), null, now);
        if (missed !== null && missed.at < now) store.write({ ...document, lastSentDay: missed.day });
      }
      plan();
    },
    replan: plan,
    suspended() {
      asleep = true;
      plan();
    },
    async resumed() {
      asleep = false;
      if (running) await showIfDue();
    },
    stop() {
      running = false;
      plan();
    },
  };
}
