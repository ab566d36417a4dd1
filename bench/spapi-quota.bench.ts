// Target (issue: Amazon SP-API source): a simulated day of Flagwatch's default schedule for
// 20 accounts × 3 marketplaces against a fake SP-API that enforces Amazon's default rate limits
// gets zero 429 answers, and every account's snapshot is never older than the poll interval.
// Run: npx tsx bench/spapi-quota.bench.ts
//
// Schedule: the app's default 30-min poll. Each poll requests a fresh Seller Performance report
// (reusing one < 25 min old) — 48 createReport a day per account, far under its 1/min limit,
// since Amazon's limits apply per seller–application pair. Listings issues and marketplace
// participations change rarely and cost more, so they run on the first poll of each day.
// Polls start on fixed 30-min ticks (accounts offset by 90 s to spread load); the app's
// scheduler adds jitter, which only shifts ticks and changes no count.
//
// Snapshot age of an account at instant t = t − the moment its latest report document was
// downloaded (the picture the app shows). It peaks just before the next one lands, so the
// maximum over the day is the largest gap between consecutive snapshots (and the end of day).
import type { Logger } from '../main/app/ports';
import {
  createSpApiClient,
  fetchListingIssues,
  fetchMarketplaceParticipations,
  fetchSellerPerformanceReport,
} from '../main/sources/spapi/client';
import { sleepOn } from '../main/sources/spapi/client/clock-sleep';
import { startFakeSpApi, type FakeListing, type FakeSeller } from '../tests/support/fake-spapi/fake-spapi-server';
import type { FakeOperation } from '../tests/support/fake-spapi/faults';
import { fakeSeller, fixture } from '../tests/support/fake-spapi/test-world';
import { createVirtualClock } from '../tests/support/fake-spapi/virtual-clock';

const accounts = 20;
const marketplaceIds = ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2', 'A1AM78C64UM0Y8'];
const pollIntervalMs = 30 * 60_000;
const dayMs = 24 * 3_600_000;
const reportProcessingMs = 90_000;

function listings(account: number): FakeListing[] {
  return marketplaceIds.flatMap((marketplaceId) =>
    Array.from({ length: 50 }, (_, n) => ({
      sku: `A${account}-${marketplaceId}-${n}`,
      summaries: [{ marketplaceId, asin: `B0${String(account * 1000 + n).padStart(8, '0')}` }],
      issues: [
        {
          code: '90220',
          message: 'Missing required attribute',
          severity: n % 3 ? 'WARNING' : 'ERROR',
          categories: ['MISSING_ATTRIBUTE'],
        },
      ],
    })),
  );
}

const sellers: FakeSeller[] = Array.from({ length: accounts }, (_, i) =>
  fakeSeller({
    sellerId: `A${i}SELLER`,
    clientId: `client-${i}`,
    clientSecret: `secret-${i}`,
    refreshToken: `Atzr|refresh-${i}`,
    marketplaceIds,
    listings: listings(i),
    document: { content: fixture('official-example'), compression: 'GZIP' },
  }),
);

const clock = createVirtualClock();
const start = clock.now().getTime();
const end = start + dayMs;
const server = await startFakeSpApi({ sellers, clock, reportProcessingMs });
let warnings = 0;
const logger: Logger = { info: () => {}, warn: () => void warnings++, error: () => void warnings++ };
const snapshotsAt: number[][] = sellers.map(() => []);
const dataAges: number[] = [];

async function runAccount(index: number): Promise<void> {
  const seller = sellers[index]!;
  const client = createSpApiClient({
    baseUrl: server.baseUrl,
    lwaEndpoint: server.lwaUrl,
    credentials: { clientId: seller.clientId, clientSecret: seller.clientSecret, refreshToken: seller.refreshToken },
    clock,
    logger,
    appVersion: 'bench',
    fetch: clock.fetch,
  });
  for (let tick = 0; ; tick++) {
    const due = start + index * 90_000 + tick * pollIntervalMs;
    if (due >= end) return;
    await sleepOn(clock, due - clock.now().getTime());
    const report = await fetchSellerPerformanceReport(client, { marketplaceIds, maxAgeMs: 25 * 60_000 });
    if (report.status !== 'done') throw new Error(`unexpected ${report.status} report`);
    snapshotsAt[index]!.push(clock.now().getTime());
    dataAges.push(clock.now().getTime() - Date.parse(report.createdTime));
    if (tick % (dayMs / pollIntervalMs) === 0) {
      await fetchListingIssues(client, { sellerId: seller.sellerId, marketplaceIds });
      await fetchMarketplaceParticipations(client);
    }
  }
}

const wallStart = performance.now();
await clock.drive(Promise.all(sellers.map((_, i) => runAccount(i))));
const wallS = (performance.now() - wallStart) / 1000;
const stats = server.stats();
await server.close();

// The largest gap between consecutive snapshots (and from the last one to the end of the day),
// counted from each account's first snapshot: before it the app has nothing to be stale about.
const maxAgeMs = Math.max(
  ...snapshotsAt.map((times) => Math.max(...[...times, end].slice(1).map((t, i) => t - times[i]!))),
);
const throttled = Object.values(stats).reduce((sum, s) => sum + s.throttled, 0);
const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

const operations: FakeOperation[] = [
  'lwa',
  'getReports',
  'createReport',
  'getReport',
  'getReportDocument',
  'downloadDocument',
  'searchListingsItems',
  'getMarketplaceParticipations',
];
console.log(
  `Simulated 24 h, ${accounts} accounts × ${marketplaceIds.length} marketplaces, poll every ${minutes(pollIntervalMs)}; ran in ${wallS.toFixed(1)} s wall time.\n`,
);
console.log('| operation | calls | per account per day | 429 answers |');
console.log('|---|---|---|---|');
for (const op of operations)
  console.log(`| ${op} | ${stats[op].calls} | ${(stats[op].calls / accounts).toFixed(1)} | ${stats[op].throttled} |`);
console.log('');
console.log('| measure | value | target | verdict |');
console.log('|---|---|---|---|');
console.log(`| 429 answers | ${throttled} | 0 | ${throttled === 0 ? 'meets' : 'MISSES'} |`);
console.log(
  `| max snapshot age | ${minutes(maxAgeMs)} | ≤ ${minutes(pollIntervalMs)} | ${maxAgeMs <= pollIntervalMs ? 'meets' : 'MISSES'} |`,
);
console.log(`| max report data age at snapshot | ${minutes(Math.max(...dataAges))} | (info) | — |`);
console.log(`| client retries/warnings | ${warnings} | 0 | ${warnings === 0 ? 'meets' : 'MISSES'} |`);
if (throttled !== 0 || maxAgeMs > pollIntervalMs) process.exitCode = 1;
