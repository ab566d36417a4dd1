// What hiding an account or a marketplace means: its notifications are still checked, merged and
// saved (nothing is lost, and they come back as they are when shown again), but the window, the
// badge and native notifications leave them out. Hidden wins over severity: a seller hides an
// account they no longer look after here, critical items included.
import type { Hidden, PerformanceNotification } from '../schema';

type Placed = Pick<PerformanceNotification, 'accountId' | 'marketplaceId'>;

export function isShown(n: Placed, hidden: Hidden): boolean {
  return !hidden.accounts.includes(n.accountId) && !hidden.marketplaces.includes(n.marketplaceId);
}

/** The same list when nothing is hidden, so the common case costs nothing. */
export function shownOnly<T extends Placed>(notifications: readonly T[], hidden: Hidden): readonly T[] {
  if (hidden.accounts.length === 0 && hidden.marketplaces.length === 0) return notifications;
  return notifications.filter((n) => isShown(n, hidden));
}
