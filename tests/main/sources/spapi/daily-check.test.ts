// A daily check runs when due or when the marketplaces changed; a failure keeps the last result
// (for the marketplaces still watched) and brings the next try an hour closer than a day.
import { describe, expect, it } from 'vitest';
import type { SourceNotification } from '../../../../main/core/schema';
import {
  dailyCheckIntervalMs,
  dailyCheckRetryMs,
  refreshDailyCheck,
  type DailyCheckRun,
} from '../../../../main/sources/spapi/daily-check';
import type { DailyCheck } from '../../../../main/sources/spapi/source-state';
import { capturingLogger, CA, US, type LogLine } from '../../../support/fake-spapi/test-world';

const t0 = new Date('2026-11-02T08:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

function notification(marketplaceId: string, key: string): SourceNotification {
  return {
    accountId: 'acct-1',
    marketplaceId,
    group: 'policyCompliance',
    metric: 'listingIssues',
    key,
    title: 'Listing suppressed: Garden hose',
    text: '',
    severity: 'high',
    asins: [],
    occurredAt: t0.toISOString(),
    deadline: null,
  };
}

function run(overrides: Partial<DailyCheckRun> & { logs?: LogLine[] }): DailyCheckRun {
  return {
    label: 'listing issues',
    marketplaceIds: [US, CA],
    now: t0,
    fetch: async () => [],
    logger: capturingLogger(overrides.logs ?? []),
    ...overrides,
  };
}

const done: DailyCheck = {
  marketplaceIds: [US, CA],
  fetchedAt: t0.toISOString(),
  nextDueAt: later(dailyCheckIntervalMs).toISOString(),
  notifications: [notification(US, 'issue:A:1'), notification(CA, 'issue:B:1')],
};

describe('refreshDailyCheck', () => {
  it('runs the first time and schedules the next run a day later', async () => {
    const found = [notification(US, 'issue:A:1')];
    expect(await refreshDailyCheck(null, run({ fetch: async () => found }))).toEqual({
      marketplaceIds: [US, CA],
      fetchedAt: t0.toISOString(),
      nextDueAt: later(dailyCheckIntervalMs).toISOString(),
      notifications: found,
    });
  });

  it('leaves a check that is not due untouched, without fetching', async () => {
    const fetch = async (): Promise<SourceNotification[]> => {
      throw new Error('must not fetch');
    };
    expect(
      await refreshDailyCheck(done, run({ now: later(dailyCheckIntervalMs - 1), fetch, marketplaceIds: [CA, US] })),
    ).toBe(done);
  });

  it('runs again when due, or at once when the marketplaces changed', async () => {
    const due = await refreshDailyCheck(done, run({ now: later(dailyCheckIntervalMs), fetch: async () => [] }));
    expect(due.notifications).toEqual([]);
    const changed = await refreshDailyCheck(
      done,
      run({ now: later(60_000), marketplaceIds: [US], fetch: async () => [notification(US, 'issue:C:2')] }),
    );
    expect(changed).toMatchObject({ marketplaceIds: [US], notifications: [notification(US, 'issue:C:2')] });
  });

  it('keeps the last result for the marketplaces still watched when it fails, logs why, and retries in an hour', async () => {
    const logs: LogLine[] = [];
    const now = later(dailyCheckIntervalMs);
    const fetch = async (): Promise<SourceNotification[]> => {
      throw new Error('Amazon denied access');
    };
    const failed = await refreshDailyCheck(done, run({ now, fetch, logs, marketplaceIds: [US] }));
    expect(failed).toEqual({
      marketplaceIds: [US],
      fetchedAt: done.fetchedAt,
      nextDueAt: new Date(now.getTime() + dailyCheckRetryMs).toISOString(),
      notifications: [notification(US, 'issue:A:1')],
    });
    expect(logs).toEqual([expect.objectContaining({ level: 'warn', fields: { error: 'Amazon denied access' } })]);
  });

  it('lets an abort through instead of keeping the last result', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetch = async (): Promise<SourceNotification[]> => {
      throw controller.signal.reason;
    };
    await expect(refreshDailyCheck(null, run({ fetch, signal: controller.signal }))).rejects.toBe(
      controller.signal.reason,
    );
  });
});
