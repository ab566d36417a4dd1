// The SP-API source against the fake SP-API: one poll is the account's full current picture
// (report, listing issues, participations), stable across re-polls and restarts, and every
// failure is a plain sentence that names the account and never a credential.
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentStore, Source } from '../../../../main/app/ports';
import { SnapshotSchema, type Snapshot, type SourceNotification } from '../../../../main/core/schema';
import { memorySecrets } from '../../../../main/adapters/secrets/memory-secrets';
import { createSpApiSource, spApiMinIntervalMs } from '../../../../main/sources/spapi/spapi-source';
import { emptySpApiSourceState, type SpApiSourceState } from '../../../../main/sources/spapi/source-state';
import type { FakeListing, FakeSeller } from '../../../support/fake-spapi/fake-spapi-server';
import {
  accountConfigFor,
  capturingLogger,
  DE,
  fixture,
  startTestWorld,
  storedSecretsFor,
  US,
  type TestWorld,
} from '../../../support/fake-spapi/test-world';
import type { AccountConfig } from '../../../../main/core/accounts/account-config';
import { memoryDocument } from '../../../support/memory-stores';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import type { Locale } from '../../../../main/core/i18n/locales';

const HOUR = 3_600_000;
let world: TestWorld;
afterEach(() => world.close());

interface SourceWorld {
  config: AccountConfig;
  state: DocumentStore<SpApiSourceState>;
  /** A source over the world's fake SP-API; each call is a new instance (a restart). */
  newSource(): Source;
  poll(source: Source): Promise<Snapshot>;
  wait(ms: number): Promise<void>;
  /** Every credential the fake knows or issued, to look for in what the source said. */
  credentials(): string[];
}

async function startSourceWorld(
  options: { seller?: Partial<FakeSeller>; region?: 'NA' | 'EU'; withSecrets?: boolean; locale?: Locale } = {},
): Promise<SourceWorld> {
  world = await startTestWorld({ seller: options.seller });
  const { seller, server, clock } = world;
  const config = accountConfigFor(world, { region: options.region ?? 'NA' });
  const secrets = memorySecrets(options.withSecrets === false ? {} : storedSecretsFor(world, config.id));
  const state = memoryDocument<SpApiSourceState>(emptySpApiSourceState);
  return {
    config,
    state,
    newSource: () =>
      createSpApiSource({
        config,
        secrets,
        state,
        clock,
        translator: translatorFor(options.locale ?? 'en'),
        logger: capturingLogger(world.logs),
        appVersion: '0.1.0',
        fetch: clock.fetch,
      }),
    poll: (source) => world.run(source.poll()),
    wait: (ms) => world.run(new Promise<void>((resolve) => clock.schedule(ms, resolve))),
    credentials: () => [
      seller.clientSecret,
      seller.refreshToken,
      ...server.requests().flatMap((r) => (r.accessToken ? [r.accessToken] : [])),
    ],
  };
}

const find = (snapshot: Snapshot, metric: string, key?: string) =>
  snapshot.notifications.find((n) => n.metric === metric && (key === undefined || n.key === key));
const identity = (n: SourceNotification) => `${n.marketplaceId} ${n.metric} ${n.key} ${n.occurredAt} ${n.deadline}`;

function suppressedListing(sku: string, marketplaceId: string): FakeListing {
  return {
    sku,
    summaries: [{ marketplaceId, asin: 'B0SUPPRESS1', itemName: 'Garden hose 20 m' }],
    issues: [
      {
        code: '18027',
        message: 'Missing main image',
        severity: 'ERROR',
        categories: ['MISSING_IMAGE'],
        enforcements: { actions: [{ action: 'LISTING_SUPPRESSED' }], exemption: { status: 'NOT_EXEMPT' } },
      },
    ],
  };
}

describe('createSpApiSource', () => {
  it("turns Amazon's official example report into one snapshot of the account, each notification in its group", async () => {
    const sw = await startSourceWorld();
    const source = sw.newSource();
    expect(source.id).toBe('spapi:acct-1');
    expect(source.minIntervalMs).toBe(spApiMinIntervalMs);
    const snapshot = await sw.poll(source);

    expect(() => SnapshotSchema.parse(snapshot)).not.toThrow();
    expect(snapshot).toMatchObject({
      source: 'spapi:acct-1',
      takenAt: world.clock.now().toISOString(),
      accounts: [
        {
          id: 'acct-1',
          name: 'Shop One',
          source: 'spapi:acct-1',
          sellerId: world.seller.sellerId,
          marketplaceIds: sw.config.marketplaceIds,
        },
      ],
    });
    const atRisk = find(snapshot, 'accountStatus', 'status:AT_RISK')!;
    expect(atRisk).toMatchObject({ accountId: 'acct-1', marketplaceId: US, group: 'account', severity: 'critical' });
    expect(Date.parse(atRisk.deadline!) - Date.parse(atRisk.occurredAt)).toBe(72 * HOUR);
    expect(find(snapshot, 'unitOnTimeDeliveryRate')).toMatchObject({ group: 'shipping', key: 'off-target' });
    expect(find(snapshot, 'productAuthenticityCustomerComplaints')).toMatchObject({
      group: 'policyCompliance',
      severity: 'high',
    });
    expect(find(snapshot, 'warningStates', 'warning:spammingSellerMessaging')).toMatchObject({ group: 'account' });
    expect(snapshot.metrics.length).toBeGreaterThan(10);
    expect(snapshot.metrics.every((m) => m.accountId === 'acct-1')).toBe(true);
  });

  it('reads a DE report that drifts from the schema: AT_RISK is critical, the 10-day late shipment rate a shipping notification', async () => {
    const sw = await startSourceWorld({
      region: 'EU',
      seller: { marketplaceIds: [DE], document: { content: fixture('drifted-report'), compression: 'none' } },
    });
    const snapshot = await sw.poll(sw.newSource());
    expect(find(snapshot, 'accountStatus', 'status:AT_RISK')).toMatchObject({
      marketplaceId: DE,
      group: 'account',
      severity: 'critical',
    });
    expect(find(snapshot, 'lateShipmentRate')).toMatchObject({ group: 'shipping', key: 'off-target:10d' });
    expect(find(snapshot, 'accountHealthRating')).toMatchObject({ group: 'account', key: 'rating:At risk' });
    expect(snapshot.metrics.find((m) => m.metric === 'accountHealthRating')?.value).toBe(178);
  });

  it('gives the same notifications, with the same times and deadlines, when polled again later', async () => {
    const sw = await startSourceWorld();
    const source = sw.newSource();
    const first = await sw.poll(source);
    await sw.wait(2 * HOUR);
    const second = await sw.poll(source);
    expect(world.server.stats().createReport.calls).toBe(2);
    expect(second.notifications.map(identity)).toEqual(first.notifications.map(identity));
    expect(second.takenAt).not.toBe(first.takenAt);
  });

  it('reuses a report Amazon finished minutes ago instead of requesting another', async () => {
    const sw = await startSourceWorld();
    const source = sw.newSource();
    await sw.poll(source);
    await sw.wait(spApiMinIntervalMs);
    await sw.poll(source);
    expect(world.server.stats().createReport.calls).toBe(1);
  });

  it("keeps the last report's notifications and metrics when Amazon cancels the report for lack of data", async () => {
    const sw = await startSourceWorld();
    const source = sw.newSource();
    const first = await sw.poll(source);
    await sw.wait(HOUR);
    world.server.inject('createReport', { kind: 'report-ends', status: 'CANCELLED' });
    const second = await sw.poll(source);
    expect(second.notifications).toEqual(first.notifications);
    expect(second.metrics).toEqual(first.metrics);
    expect(world.logs.some((l) => /report CANCELLED/.test(l.message))).toBe(true);
  });

  it('reports nothing, and no error, when the very first report is cancelled', async () => {
    const sw = await startSourceWorld();
    world.server.inject('createReport', { kind: 'report-ends', status: 'CANCELLED' });
    const snapshot = await sw.poll(sw.newSource());
    expect(snapshot.notifications).toEqual([]);
    expect(snapshot.metrics).toEqual([]);
    expect(snapshot.accounts).toHaveLength(1);
  });

  it("takes a new account's report with both lists empty as no data yet: no error, no notifications", async () => {
    const sw = await startSourceWorld({
      seller: { document: { content: { accountStatuses: [], performanceMetrics: [] }, compression: 'GZIP' } },
    });
    const snapshot = await sw.poll(sw.newSource());
    expect(snapshot.notifications).toEqual([]);
    expect(snapshot.metrics).toEqual([]);
    expect(snapshot.accounts).toHaveLength(1);
    expect(world.logs.some((l) => /holds no data yet/.test(l.message))).toBe(true);
    expect(world.logs.filter((l) => l.level !== 'info')).toEqual([]);
  });

  it("keeps the last report's findings when a later report comes back with no data", async () => {
    const sw = await startSourceWorld();
    const source = sw.newSource();
    const first = await sw.poll(source);
    world.server.setDocument(world.seller.sellerId, {
      content: { accountStatuses: [], performanceMetrics: [] },
      compression: 'GZIP',
    });
    await sw.wait(spApiMinIntervalMs + HOUR);
    const second = await sw.poll(source);
    expect(world.server.stats().createReport.calls).toBe(2);
    expect(second.notifications.map(identity)).toEqual(first.notifications.map(identity));
    expect(second.metrics).toEqual(first.metrics);
  });

  it('checks listings and participations once a day and lists their notifications in every snapshot', async () => {
    const sw = await startSourceWorld({ seller: { listings: [suppressedListing('HOSE-20', US)] } });
    const source = sw.newSource();
    const first = await sw.poll(source);
    const listing = find(first, 'listingIssues', 'issue:HOSE-20:18027');
    expect(listing).toMatchObject({
      marketplaceId: US,
      group: 'policyCompliance',
      severity: 'high',
      asins: ['B0SUPPRESS1'],
    });
    expect(find(first, 'accountStatus', 'status:AT_RISK')).toBeDefined();

    await sw.wait(6 * HOUR);
    const later = await sw.poll(source);
    expect(find(later, 'listingIssues', 'issue:HOSE-20:18027')).toEqual(listing);
    // One page per marketplace (US, CA), once.
    expect(world.server.stats().searchListingsItems.calls).toBe(2);
    expect(world.server.stats().getMarketplaceParticipations.calls).toBe(1);

    await sw.wait(18 * HOUR);
    await sw.poll(source);
    expect(world.server.stats().searchListingsItems.calls).toBe(4);
    expect(world.server.stats().getMarketplaceParticipations.calls).toBe(2);
  });

  it('keeps the last listing notifications when a daily check fails, and tries again an hour later', async () => {
    const sw = await startSourceWorld({ seller: { listings: [suppressedListing('HOSE-20', US)] } });
    const source = sw.newSource();
    await sw.poll(source);
    await sw.wait(25 * HOUR);
    world.server.inject('searchListingsItems', { kind: 'forbidden' });
    const failedCheck = await sw.poll(source);
    expect(find(failedCheck, 'listingIssues', 'issue:HOSE-20:18027')).toBeDefined();
    expect(find(failedCheck, 'accountStatus', 'status:AT_RISK')).toBeDefined();
    expect(world.logs.some((l) => l.level === 'warn' && /could not check listing issues/.test(l.message))).toBe(true);
    const callsAfterFailure = world.server.stats().searchListingsItems.calls;

    await sw.wait(HOUR);
    await sw.poll(source);
    expect(world.server.stats().searchListingsItems.calls).toBe(callsAfterFailure + 2);
  });

  it('fails in plain words naming the account when Amazon keeps answering 503, and recovers on the next poll', async () => {
    const sw = await startSourceWorld();
    const source = sw.newSource();
    world.server.inject('getReports', ...Array.from({ length: 4 }, () => ({ kind: 'status', status: 503 }) as const));
    const error = (await world.failure(source.poll())) as Error;
    expect(error.message).toMatch(/^Shop One: Amazon had a temporary problem answering/);
    expect(error).toMatchObject({ kind: 'server' });

    const snapshot = await sw.poll(source);
    expect(find(snapshot, 'accountStatus', 'status:AT_RISK')).toBeDefined();
  });

  it('says the refresh token was refused when the sign-in service answers invalid_grant, and recovers once it accepts', async () => {
    const sw = await startSourceWorld();
    const source = sw.newSource();
    world.server.inject('lwa', { kind: 'invalid-grant' });
    const error = (await world.failure(source.poll())) as Error;
    expect(error.message).toMatch(/^Shop One: Amazon refused the refresh token/);
    const said = [
      String(error),
      error.stack ?? '',
      JSON.stringify(error),
      ...world.logs.map((l) => JSON.stringify(l)),
    ].join('\n');
    for (const credential of sw.credentials()) expect(said).not.toContain(credential);

    expect((await sw.poll(source)).notifications.length).toBeGreaterThan(0);
  });

  it('asks for the secrets in plain words when they are not saved, without calling Amazon', async () => {
    const sw = await startSourceWorld({ withSecrets: false });
    const error = (await world.failure(sw.newSource().poll())) as Error;
    expect(error.message).toBe('Shop One: the client secret and refresh token are not saved; add them in Accounts');
    expect(world.server.requests()).toEqual([]);
  });

  it("fails, and notifies, in the source's language", async () => {
    const sw = await startSourceWorld({ locale: 'zh-CN' });
    const source = sw.newSource();
    world.server.inject('getReports', ...Array.from({ length: 4 }, () => ({ kind: 'status', status: 503 }) as const));
    const error = (await world.failure(source.poll())) as Error;
    expect(error.message).toMatch(/^Shop One：亚马逊回复时出现临时问题。Flagwatch 会再试。（/);
    const snapshot = await sw.poll(source);
    expect(find(snapshot, 'accountStatus', 'status:AT_RISK')?.title).toBe('账户有被停用的风险（美国）');
  });

  it('asks for the secrets in its language', async () => {
    const missing = await startSourceWorld({ withSecrets: false, locale: 'zh-CN' });
    expect(((await world.failure(missing.newSource().poll())) as Error).message).toBe(
      'Shop One：客户端密钥和刷新令牌尚未保存；请在“账户”中添加',
    );
  });

  it('remembers the last report across a restart: the AT_RISK deadline and policy keys stay, listings wait for their day', async () => {
    const sw = await startSourceWorld({ seller: { listings: [suppressedListing('HOSE-20', US)] } });
    const first = await sw.poll(sw.newSource());
    expect(sw.state.read().lastReport?.notifications).toEqual(
      first.notifications.filter((n) => n.metric !== 'listingIssues'),
    );

    await sw.wait(3 * HOUR);
    const soon = await sw.poll(sw.newSource());
    expect(world.server.stats().searchListingsItems.calls).toBe(2);
    expect(find(soon, 'listingIssues', 'issue:HOSE-20:18027')).toBeDefined();

    await sw.wait(27 * HOUR);
    const nextDay = await sw.poll(sw.newSource());
    const deadlineOf = (s: Snapshot) => find(s, 'accountStatus', 'status:AT_RISK')?.deadline;
    expect(deadlineOf(nextDay)).toBe(deadlineOf(first));
    const policyKeys = (s: Snapshot) =>
      s.notifications.filter((n) => n.group === 'policyCompliance' && n.metric !== 'listingIssues').map((n) => n.key);
    expect(policyKeys(first).length).toBeGreaterThan(0);
    expect(policyKeys(nextDay)).toEqual(policyKeys(first));
  });
});
