import { describe, expect, it } from 'vitest';
import { marketplaceById } from '../../../../main/core/catalog/marketplaces';
import { meetsTarget, metricDefinition, targetFor } from '../../../../main/core/catalog/metrics';
import { mergeSnapshot } from '../../../../main/core/inbox/merge';
import { notificationId } from '../../../../main/core/notification-id';
import {
  SnapshotSchema,
  type PerformanceNotification,
  type Snapshot,
  type SourceNotification,
} from '../../../../main/core/schema';
import { DE, US, healthyAccount, troubledAccount } from '../../../../main/sources/demo/accounts';
import { createDemoSource, type DemoSourceOptions } from '../../../../main/sources/demo/demo-source';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { reportedMetrics } from '../../../../main/sources/demo/scenario';
import { templates } from '../../../../main/sources/demo/templates';

const HOUR = 3_600_000;
const start = Date.parse('2026-11-02T09:00:00.000Z');

/** A demo source on a clock the test moves by hand. */
function demo(options: Partial<Omit<DemoSourceOptions, 'clock'>> = {}, at = start) {
  const clock = { at, now: () => new Date(clock.at) };
  const source = createDemoSource({ seed: 42, speed: 1, clock, ...options });
  return { clock, source };
}

/** Snapshots taken every `stepMs` of wall time for `totalMs`, starting with time zero. */
async function pollEvery(
  stepMs: number,
  totalMs: number,
  options: Partial<Omit<DemoSourceOptions, 'clock'>> = {},
): Promise<Snapshot[]> {
  const { clock, source } = demo(options);
  const snapshots: Snapshot[] = [];
  for (let elapsed = 0; elapsed <= totalMs; elapsed += stepMs) {
    clock.at = start + elapsed;
    snapshots.push(await source.poll());
  }
  return snapshots;
}

const aWeekHourly = pollEvery(HOUR, 7 * 24 * HOUR);

const templateOf = (n: SourceNotification) => templates.find((t) => n.key.startsWith(`${t.id}@`));
const ofAccount = (snapshot: Snapshot, accountId: string) =>
  snapshot.notifications.filter((n) => n.accountId === accountId);

function mergeAll(snapshots: readonly Snapshot[]) {
  let inbox: PerformanceNotification[] = [];
  const totals = { added: [] as PerformanceNotification[], changed: 0, resolved: [] as PerformanceNotification[] };
  for (const snapshot of snapshots) {
    const result = mergeSnapshot(inbox, snapshot);
    inbox = result.next;
    totals.added.push(...result.added);
    totals.changed += result.changed.length;
    totals.resolved.push(...result.resolved);
  }
  return totals;
}

describe('createDemoSource', () => {
  it('reports as the demo source for two accounts on Amazon US and DE', async () => {
    const { source } = demo();
    const snapshot = await source.poll();
    expect(source.id).toBe('demo');
    expect(snapshot.source).toBe('demo');
    expect(snapshot.takenAt).toBe(new Date(start).toISOString());
    expect(snapshot.accounts.map((a) => a.name)).toEqual([healthyAccount.name, troubledAccount.name]);
    for (const account of snapshot.accounts) {
      expect(account.source).toBe('demo');
      expect(account.marketplaceIds).toEqual([US, DE]);
    }
  });

  it('opens with the troubled account in trouble in every group, so a first run shows a badge', async () => {
    const first = await demo().source.poll();
    const troubled = ofAccount(first, troubledAccount.id);
    expect(new Set(troubled.map((n) => n.group))).toEqual(
      new Set(['customerService', 'policyCompliance', 'shipping', 'account']),
    );
    expect(troubled.find((n) => n.metric === 'accountStatus')?.severity).toBe('critical');
  });

  it('never shows the healthy account more than one informational item', async () => {
    for (const snapshot of await aWeekHourly) {
      const healthy = ofAccount(snapshot, healthyAccount.id);
      expect(healthy.length).toBeLessThanOrEqual(1);
      for (const n of healthy) expect(n.severity).toBe('info');
    }
  });

  it('answers the same snapshot for the same seed and clock reading, however often it was polled before', async () => {
    const later = start + 10 * HOUR + 17 * 60_000;
    const once = demo({ startedAt: new Date(start) }, later);
    const often = demo();
    for (let t = start; t < later; t += 10 * 60_000) {
      often.clock.at = t;
      await often.source.poll();
    }
    often.clock.at = later;
    once.clock.at = later;
    const [a, b] = [await once.source.poll(), await often.source.poll()];
    expect(b).toEqual(a);
    expect(a.notifications.length).toBeGreaterThan(0);
  });

  it('draws different ASINs and readings from a different seed', async () => {
    const later = start + 36 * HOUR;
    const snapshotFor = (seed: number) => demo({ seed, startedAt: new Date(start) }, later).source.poll();
    const [a, b] = [await snapshotFor(1), await snapshotFor(2)];
    const asins = (s: Snapshot) => s.notifications.flatMap((n) => n.asins);
    expect(asins(a)).not.toEqual(asins(b));
    expect(a.metrics.map((m) => m.value)).not.toEqual(b.metrics.map((m) => m.value));
  });

  it('produces snapshots that validate against the schema', async () => {
    for (const snapshot of await aWeekHourly) expect(() => SnapshotSchema.parse(snapshot)).not.toThrow();
  });

  it('reports an event with the same key and the same words on every poll of its life', async () => {
    const seen = new Map<string, SourceNotification>();
    for (const snapshot of await aWeekHourly) {
      for (const n of snapshot.notifications) {
        const earlier = seen.get(notificationId(n));
        if (earlier) expect(n).toEqual(earlier);
        seen.set(notificationId(n), n);
      }
    }
    expect(mergeAll(await aWeekHourly).changed).toBe(0);
  });

  it('brings new notifications and resolves old ones as simulated time passes', async () => {
    const snapshots = await aWeekHourly;
    const { added, resolved } = mergeAll(snapshots);
    const initial = snapshots[0]!.notifications.length;
    expect(added.length - initial).toBeGreaterThanOrEqual((7 * 24) / 4.2 - 1);
    expect(resolved.length).toBeGreaterThan(10);
    const opening = new Set(snapshots[0]!.notifications.map(notificationId));
    expect(resolved.some((n) => opening.has(n.id))).toBe(true);
  });

  it('lets readings drift over time', async () => {
    const snapshots = await aWeekHourly;
    const rate = (s: Snapshot) =>
      s.metrics.find(
        (m) => m.accountId === healthyAccount.id && m.marketplaceId === US && m.metric === 'lateShipmentRate',
      )!.value;
    expect(new Set(snapshots.map(rate)).size).toBeGreaterThan(20);
  });

  it('at speed 3600 brings a new notification within 5 s of wall clock', async () => {
    const snapshots = await pollEvery(1_000, 10 * 60_000, { speed: 3600 });
    let inbox: PerformanceNotification[] = [];
    let quietSeconds = 0;
    let longestQuiet = 0;
    for (const snapshot of snapshots) {
      const { next, added } = mergeSnapshot(inbox, snapshot);
      inbox = next;
      quietSeconds = added.length > 0 ? 0 : quietSeconds + 1;
      longestQuiet = Math.max(longestQuiet, quietSeconds);
    }
    expect(longestQuiet).toBeLessThan(5);
  });

  it('scales deadlines with the simulation: 72 hours at speed 1, 72 seconds at speed 3600', async () => {
    for (const [speed, ms] of [
      [1, 72 * HOUR],
      [3600, 72_000],
    ] as const) {
      const atRisk = (await demo({ speed }).source.poll()).notifications.find((n) => n.metric === 'accountStatus')!;
      expect(Date.parse(atRisk.deadline!) - Date.parse(atRisk.occurredAt)).toBe(ms);
    }
  });

  it('reports every catalog metric it carries for each account and marketplace, with the catalog target', async () => {
    const [first] = await aWeekHourly;
    expect(first!.metrics).toHaveLength(2 * 2 * reportedMetrics.length);
    for (const m of first!.metrics) {
      expect(metricDefinition(m.metric), m.metric).toBeDefined();
      expect(m.target).toEqual(targetFor(m.metric, marketplaceById(m.marketplaceId).code));
      expect(m.at).toBe(first!.takenAt);
    }
  });

  it('misses a target exactly while a notification says so', async () => {
    for (const snapshot of await aWeekHourly) {
      for (const m of snapshot.metrics) {
        const drivers = reportedMetrics.find((r) => r.metric === m.metric)!.missedWhileOpen;
        const cause = snapshot.notifications.some(
          (n) =>
            n.accountId === m.accountId &&
            n.marketplaceId === m.marketplaceId &&
            drivers.includes(n.metric) &&
            templateOf(n)!.missesTarget,
        );
        const target = targetFor(m.metric, marketplaceById(m.marketplaceId).code, m.target)!;
        expect(meetsTarget(m.value, target), `${snapshot.takenAt} ${m.accountId} ${m.marketplaceId} ${m.metric}`).toBe(
          !cause,
        );
      }
    }
  });

  it('names well-formed ASINs and quotes them in the text', async () => {
    let named = 0;
    for (const snapshot of await aWeekHourly) {
      for (const n of snapshot.notifications) {
        for (const asin of n.asins) {
          expect(asin).toMatch(/^B0[0-9A-Z]{8}$/);
          expect(n.text).toContain(asin);
          named++;
        }
      }
    }
    expect(named).toBeGreaterThan(0);
  });

  it('writes plain text only', async () => {
    for (const snapshot of await aWeekHourly) {
      for (const n of snapshot.notifications) {
        for (const field of [n.title, n.text, n.requiredAction ?? '', n.policy ?? ''])
          expect(field).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
      }
    }
  });

  it('asks for invoices, supplier contacts and a plan of action on an authenticity complaint, with a deadline', async () => {
    const first = await demo().source.poll();
    const complaint = first.notifications.find((n) => n.metric === 'productAuthenticityCustomerComplaints')!;
    expect(complaint.severity).toBe('high');
    expect(complaint.asins.length).toBeGreaterThan(0);
    expect(complaint.requiredAction).toMatch(/invoices/);
    expect(complaint.requiredAction).toMatch(/365 days/);
    expect(complaint.requiredAction).toMatch(/supplier/);
    expect(complaint.requiredAction).toMatch(/plan of action/);
    expect(Date.parse(complaint.deadline!)).toBeGreaterThan(start);
  });

  it('names the rights owner and the ASIN on an intellectual property complaint', async () => {
    const first = await demo().source.poll();
    const complaint = first.notifications.find((n) => n.metric === 'receivedIntellectualPropertyComplaints')!;
    expect(complaint.text).toMatch(/Rights owner: \S+/);
    expect(complaint.asins).toHaveLength(1);
  });

  it('brings every kind of trouble within a month, with its severity', async () => {
    const { added } = mergeAll(await pollEvery(2 * HOUR, 30 * 24 * HOUR));
    const severityOf = new Map(added.map((n) => [n.metric, n.severity]));
    expect(severityOf.get('restrictedProductPolicyViolations')).toBe('high');
    expect(severityOf.get('listingPolicyViolations')).toBe('warning');
    expect(severityOf.get('receivedIntellectualPropertyComplaints')).toBe('high');
    expect(severityOf.get('lateShipmentRate')).toBe('warning');
    expect(severityOf.get('orderDefectRate.afn')).toBe('high');
    expect(added.filter((n) => n.metric === 'accountStatus').length).toBeGreaterThan(1);
  });

  it('continues the same story after a restart with the persisted start', async () => {
    const { clock, source } = demo({ speed: 60 });
    clock.at = start + 30 * 60_000;
    const before = await source.poll();
    const restarted = demo({ speed: 60, startedAt: source.startedAt }, clock.at);
    expect(await restarted.source.poll()).toEqual(before);
  });

  it('continues without a jump when resumed at another speed', async () => {
    const { clock, source } = demo({ speed: 1 });
    clock.at = start + 10 * HOUR;
    const before = await source.poll();
    const faster = demo(
      {
        speed: 3600,
        startedAt: source.startedAt,
        resumeFrom: { wall: new Date(clock.at), simulated: source.simulatedNow() },
      },
      clock.at,
    );
    const after = await faster.source.poll();
    expect(faster.source.simulatedNow()).toEqual(source.simulatedNow());
    expect(after.notifications.map((n) => n.key)).toEqual(before.notifications.map((n) => n.key));
  });

  it('takes its start from the clock by default and runs ahead of it at speed', () => {
    const { clock, source } = demo({ speed: 600 });
    expect(source.startedAt.getTime()).toBe(start);
    clock.at = start + 6_000;
    expect(source.simulatedNow().getTime()).toBe(start + HOUR);
  });

  it('rejects a poll that was already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(demo().source.poll(controller.signal)).rejects.toThrow();
  });
});

describe('demo source in Simplified Chinese', () => {
  it('writes its notices, times and policy names in Chinese, with the same ids as in English', async () => {
    const english = await demo().source.poll();
    const chinese = await demo({ t: translatorFor('zh-CN') }).source.poll();
    const idsOf = (s: Snapshot) => s.notifications.map((n) => notificationId(n));
    expect(idsOf(chinese)).toEqual(idsOf(english));
    const complaint = chinese.notifications.find((n) => n.metric === 'productAuthenticityCustomerComplaints')!;
    expect(complaint.title).toBe('需要采取措施：商品真实性买家投诉');
    expect(complaint.policy).toBe('防伪政策');
    expect(complaint.requiredAction).toMatch(/^请在 7 天内通过“账户状况”提交申诉/);
    expect(english.notifications.find((n) => n.metric === complaint.metric)?.policy).toBe('Anti-Counterfeiting Policy');
  });
});
