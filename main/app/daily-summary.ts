// The morning digest's facts from the saved data, as of one moment: what the desktop digest, the
// Today view and `flagwatch digest` all show, so they can never disagree.
import { digestSummary, type DigestSummary } from '../core/digest/digest-summary';
import { shownOnly } from '../core/inbox/visibility';
import type { Hidden } from '../core/schema';
import { latestReadings } from '../core/health/metric-series';
import type { Stores } from './ports';

/** `hidden`: accounts and marketplaces left out, as the window and the badge leave them out. */
export function dailySummary(
  stores: Pick<Stores, 'inbox' | 'history' | 'appeals'>,
  now: Date,
  hidden: Hidden,
): DigestSummary {
  const { notifications, accounts } = stores.inbox().read();
  return digestSummary({
    notifications: [...shownOnly(notifications, hidden)],
    accounts,
    readings: [...shownOnly(latestReadings(stores.history().read().series), hidden)],
    appeals: stores.appeals().read().appeals,
    now,
  });
}
