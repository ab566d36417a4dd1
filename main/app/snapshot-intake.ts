// What a source's snapshot becomes: merged into the inbox (saved, then announced), its readings
// added to the metric history, and the new notifications raised natively as the settings allow.
import { mergeSnapshot } from '../core/inbox/merge';
import { messageOf } from '../core/error-message';
import { planNotifications } from '../core/notify/plan';
import type { Translator } from '../core/i18n/translator';
import type { PerformanceNotification, Settings, Snapshot } from '../core/schema';
import type { InboxKeeper } from './inbox-keeper';
import { appendReadings } from './metric-history';
import type { Clock, InboxDocument, Logger, Notifier, Stores } from './ports';

export interface SnapshotIntakeOptions {
  inbox: InboxKeeper;
  stores: Stores;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  settings(): Settings;
  translator(): Translator;
  /** Told of the notifications a snapshot adds, before the inbox changes: they get their own alert. */
  alerting?(added: readonly PerformanceNotification[]): void;
}

/** Takes one snapshot in; throws when it could not be saved (nothing is raised then). */
export function createSnapshotIntake(options: SnapshotIntakeOptions): (snapshot: Snapshot) => void {
  const { inbox, stores, clock, logger } = options;

  async function raise(added: PerformanceNotification[]): Promise<void> {
    const planned = planNotifications({
      added,
      accounts: inbox.inbox().accounts,
      settings: options.settings(),
      now: clock.now(),
      t: options.translator(),
    });
    for (const notification of planned) {
      try {
        await options.notifier.show(notification);
      } catch (error) {
        logger.warn('native notification failed', { error: messageOf(error) });
      }
    }
  }

  return (snapshot) => {
    const current = inbox.inbox();
    const result = mergeSnapshot(current.notifications, snapshot);
    const otherAccounts = current.accounts.filter((a) => a.source !== snapshot.source);
    const next: InboxDocument = {
      notifications: result.next,
      accounts: [...otherAccounts, ...snapshot.accounts],
      lastSuccessAt: snapshot.takenAt,
    };
    if (snapshot.metrics.length > 0) {
      const history = stores.history();
      history.write(appendReadings(history.read(), snapshot.metrics));
    }
    options.alerting?.(result.added);
    inbox.commit(next);
    void raise(result.added);
  };
}
