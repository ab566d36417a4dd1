// What the inbox shows, derived from the host's InboxView on every read: nothing here is stored,
// so a count can never disagree with the list it counts.
import type { InboxView, PerformanceNotification } from '../../preload/contract';

export function findNotification(view: InboxView, id: string): PerformanceNotification | undefined {
  return view.notifications.find((n) => n.id === id);
}

/** The account's display name; its id when the host did not list it. */
export function accountName(view: InboxView, accountId: string): string {
  return view.accounts.find((a) => a.id === accountId)?.name ?? accountId;
}
