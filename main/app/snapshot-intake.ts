// What a source's snapshot becomes: merged into the inbox (saved, then announced), its readings
// added to the metric history, and the new notifications raised natively as the settings allow.
import { mergeSnapshot } from '../core/inbox/merge';
import type { PerformanceNotification, Snapshot } from '../core/schema';
import type { InboxKeeper } from './inbox-keeper';
import { appendReadings } from './metric-history';
import type { InboxDocument, Stores } from './ports';
import { raiseNotifications, type NotificationRaising } from './raise-notifications';

export interface SnapshotIntakeOptions extends NotificationRaising {
  inbox: InboxKeeper;
  stores: Stores;
  /** Told of the notifications a snapshot adds, before the inbox changes: they get their own alert. */
  alerting?(added: readonly PerformanceNotification[]): void;
}

/** Takes one snapshot in; throws when it could not be saved (nothing is raised then). */
export function createSnapshotIntake(options: SnapshotIntakeOptions): (snapshot: Snapshot) => void {
  const { inbox, stores } = options;

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
    void raiseNotifications(result.added, inbox.inbox().accounts, options);
  };
}
