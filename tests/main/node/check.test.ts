import { describe, expect, it } from 'vitest';
import type { Source } from '../../../main/app/ports';
import { createFlagwatchApp } from '../../../main/app/service';
import { checkOnce } from '../../../main/node/check';
import { createFakeClock } from '../../support/fake-clock';
import { snapshot, sourceNotification } from '../../support/fixtures';
import { memoryAccountHandlers } from '../../support/memory-accounts';
import { memoryStores } from '../../support/memory-stores';

const silentLogger = { info() {}, warn() {}, error() {} };

function appWith(poll: Source['poll'], systemLanguages: readonly string[] = []) {
  const clock = createFakeClock();
  const stores = memoryStores();
  const shown: string[] = [];
  const app = createFlagwatchApp({
    stores,
    sources: [{ id: 'test', minIntervalMs: 60_000, poll }],
    accountHandlers: memoryAccountHandlers(),
    notifier: { show: async (n) => void shown.push(n.title) },
    clock,
    logger: silentLogger,
    systemLanguages,
  });
  return { app, clock, stores, shown };
}

describe('checkOnce', () => {
  it('polls once, saves what it found and reports it, leaving no timer running', async () => {
    const { app, clock, stores } = appWith(async () =>
      snapshot([sourceNotification({ deadline: '2026-11-03T09:00:00.000Z' })]),
    );
    const outcome = await checkOnce(app, clock, false);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.text).toContain('Shipping Performance: 1 open, 1 unread');
    expect(outcome.text).toContain('Late Shipment Rate above target · Bluefin Outdoor Supply · US · due in 24 h');
    expect(stores.inbox().read().notifications).toHaveLength(1);
    expect(clock.pending()).toBe(0);
  });

  it('prints JSON with the groups and the badge when asked', async () => {
    const { app, clock } = appWith(async () => snapshot([sourceNotification()]));
    const outcome = await checkOnce(app, clock, true);
    const report = JSON.parse(outcome.text);
    expect(report.badge).toMatchObject({ unread: 1, state: 'active' });
    expect(report.groups.find((g: { group: string }) => g.group === 'shipping')).toMatchObject({
      label: 'Shipping Performance',
      unread: 1,
      notifications: [{ title: 'Late Shipment Rate above target', read: false, status: 'open' }],
    });
  });

  it("fails with one line giving the source's reason when the poll fails", async () => {
    const { app, clock } = appWith(async () => {
      throw new Error('Seller Central refused the credentials');
    });
    const outcome = await checkOnce(app, clock, false);
    expect(outcome).toEqual({
      exitCode: 1,
      text: 'flagwatch check: the check failed: Seller Central refused the credentials',
    });
    expect(clock.pending()).toBe(0);
  });
});

describe('checkOnce in the app’s language', () => {
  it('prints Chinese group names when the system speaks Chinese', async () => {
    const { app, clock } = appWith(async () => snapshot([sourceNotification()]), ['zh-CN']);
    const outcome = await checkOnce(app, clock, false);
    expect(outcome.text.split('\n')[0]).toBe('1 条未读绩效通知。');
    expect(outcome.text).toContain('配送绩效：1 条未处理，1 条未读');
  });

  it('keeps the JSON keys and enum values, translating only the labels', async () => {
    const { app, clock } = appWith(async () => snapshot([sourceNotification()]), ['zh-CN']);
    const report = JSON.parse((await checkOnce(app, clock, true)).text);
    expect(Object.keys(report)).toEqual(['groups', 'badge']);
    expect(report.groups.map((g: { group: string; label: string }) => [g.group, g.label])).toEqual([
      ['customerService', '客户服务绩效'],
      ['policyCompliance', '政策合规性'],
      ['shipping', '配送绩效'],
      ['account', '账户'],
    ]);
    expect(report.groups[2].notifications[0]).toMatchObject({ severity: 'warning', status: 'open', group: 'shipping' });
    expect(report.badge).toMatchObject({ state: 'active', highestSeverity: 'warning' });
  });

  it('says why the check failed in Chinese, with the source’s reason as it was given', async () => {
    const { app, clock } = appWith(async () => {
      throw new Error('Seller Central refused the credentials');
    }, ['zh-CN']);
    expect((await checkOnce(app, clock, false)).text).toBe(
      'flagwatch check: 检查失败：Seller Central refused the credentials',
    );
  });
});
