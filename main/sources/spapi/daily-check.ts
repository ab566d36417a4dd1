// A check the source runs at most once a day (listing issues, marketplace participations): their
// quotas allow more, but listing problems change slowly and a full listings scan costs many
// calls. A failed check keeps what it found last time and is tried again an hour later, so a
// missing role or a bad moment never empties the listing notifications.
import type { Logger } from '../../app/ports';
import { messageOf } from '../../core/error-message';
import type { SourceNotification } from '../../core/schema';
import type { DailyCheck } from './source-state';

export const dailyCheckIntervalMs = 24 * 3_600_000;
export const dailyCheckRetryMs = 3_600_000;

export interface DailyCheckRun {
  /** For the log: "listing issues". */
  label: string;
  marketplaceIds: readonly string[];
  now: Date;
  fetch: () => Promise<SourceNotification[]>;
  logger: Logger;
  signal?: AbortSignal;
}

/** The check as it stands after this poll: run again when due, else as it was. */
export async function refreshDailyCheck(check: DailyCheck | null, run: DailyCheckRun): Promise<DailyCheck> {
  const marketplaceIds = [...run.marketplaceIds];
  if (check && !isDue(check, marketplaceIds, run.now)) return check;
  const at = run.now.getTime();
  try {
    const notifications = await run.fetch();
    return {
      marketplaceIds,
      fetchedAt: run.now.toISOString(),
      nextDueAt: new Date(at + dailyCheckIntervalMs).toISOString(),
      notifications,
    };
  } catch (error) {
    if (run.signal?.aborted) throw error;
    run.logger.warn(`could not check ${run.label}; the last result stands and the check is tried again in an hour`, {
      error: messageOf(error),
    });
    const kept = (check?.notifications ?? []).filter((n) => marketplaceIds.includes(n.marketplaceId));
    return {
      marketplaceIds,
      fetchedAt: check?.fetchedAt ?? null,
      nextDueAt: new Date(at + dailyCheckRetryMs).toISOString(),
      notifications: kept,
    };
  }
}

function isDue(check: DailyCheck, marketplaceIds: readonly string[], now: Date): boolean {
  const sameMarketplaces =
    check.marketplaceIds.length === marketplaceIds.length &&
    marketplaceIds.every((id) => check.marketplaceIds.includes(id));
  return !sameMarketplaces || now.getTime() >= Date.parse(check.nextDueAt);
}
