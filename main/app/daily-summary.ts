// The morning digest's facts from the saved data, as of one moment: what the desktop digest, the
// Today view and `flagwatch digest` all show, so they can never disagree.
import { digestSummary, type DigestSummary } from '../core/digest/digest-summary';
import { latestReadings } from '../core/health/metric-series';
import type { Stores } from './ports';

export function dailySummary(stores: Pick<Stores, 'inbox' | 'history' | 'appeals'>, now: Date): DigestSummary {
  const { notifications, accounts } = stores.inbox().read();
  return digestSummary({
    notifications,
    accounts,
    readings: latestReadings(stores.history().read().series),
    appeals: stores.appeals().read().appeals,
    now,
  });
}
