// Soak (issue: hardening): the Node host on the demo at high speed for ten minutes, with a
// client on its WebSocket the way an open window is. Targets: resident memory grows by less
// than 10 % after warm-up; no timer, handle or listener leak (their counts stay flat); no
// native notification shown twice. The host runs in this process, so its resources can be
// counted; the app's clock runs 1,800 times faster than wall time, so the scheduler's 30-minute
// poll comes every second, and the demo's story runs fast enough for a few new notifications
// each poll (more than three at once would be one summary, and a summary names no notification
// a duplicate could be told by). Memory is sampled after a forced collection.
//
// Two scenarios. `replay` (the default): the demo's first 30 hours told again and again
// (replaying-demo.ts), so after warm-up the data stops growing and any growth left is the
// host's own; a notification that opens again may rightly be shown again, so a duplicate is one
// shown more often than it opened. `demo`: `flagwatch serve --source demo` through its command
// line, whose inbox keeps growing (resolved notifications stay listed), for comparison.
// `--heap-snapshots DIR` writes a heap snapshot after warm-up and at the end, and prints the
// object kinds that grew most between them. Not part of CI: it takes the time it says.
// Run: npm run build && node --expose-gc --import tsx bench/soak.bench.ts [minutes] [replay|demo] [--heap-snapshots DIR]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { createSimulatedClock } from '../main/adapters/clock/simulated-clock';
import { systemClock } from '../main/adapters/clock/system-clock';
import { memorySecrets } from '../main/adapters/secrets/memory-secrets';
import type { NativeNotification } from '../main/app/ports';
import { composeApp } from '../main/compose/compose-app';
import type { CliHost } from '../main/node/cli-host';
import { runCli } from '../main/node/run-cli';
import { newAccessToken } from '../main/node/serve/access-token';
import { startHostServer } from '../main/node/serve/host-server';
import { connectContractClient } from '../tests/e2e/support/contract-client';
import { heapGrowth } from './heap-growth';
import { replayingDemoSource, type ReplayingDemo } from './replaying-demo';

const [minutesArg, scenarioArg] = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--heap-snapshots');
const snapshotsAt = process.argv.includes('--heap-snapshots')
  ? process.argv[process.argv.indexOf('--heap-snapshots') + 1]
  : undefined;
const minutes = Number(minutesArg ?? 10);
const scenario = scenarioArg ?? 'replay';
if (scenario !== 'replay' && scenario !== 'demo') throw new Error(`unknown scenario ${scenario}: replay or demo`);
const warmupMs = Math.min(2, minutes / 5) * 60_000;
const sampleEveryMs = 10_000;
const clockSpeed = 1_800;
const demoSpeed = 4;
/** The replayed part of the story, in app time: 30 hours, a minute of wall time. */
const replayPeriodMs = 30 * 3_600_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc, so memory is measured after a collection');

interface Sample {
  atS: number;
  rssMb: number;
  heapMb: number;
  /** Memory of Buffers and other objects outside the JS heap (sockets' and files' data). */
  externalMb: number;
  /** Notifications in the inbox: the data the demo adds, which memory may rightly grow with. */
  inboxSize: number;
  resources: Record<string, number>;
  signalListeners: number;
  statusChanges: number;
}

const shown: NativeNotification[] = [];
let statusChanges = 0;
let inboxSize = 0;
let stop: (signal: string) => void = () => {};
let pageUrl: URL | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flagwatch-soak-'));
const host: CliHost = {
  out: (text) => {
    const found = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(text)?.[0];
    if (found) pageUrl = new URL(found);
  },
  err: (text) => console.error(text),
  platform: process.platform,
  env: { LANG: 'en_US.UTF-8' },
  home: dataDir,
  rendererDir: fileURLToPath(new URL('../out/renderer/', import.meta.url)),
  clock: systemClock,
  logger: {
    info: () => {},
    warn: (message, fields) => console.error('warn', message, fields ?? ''),
    error: (message, fields) => console.error('error', message, fields ?? ''),
  },
  desktopNotifier: { show: async (notification) => void shown.push(notification) },
  stopRequested: () => new Promise((resolve) => (stop = resolve)),
  onSleepSignal: (signal, listener) => {
    process.on(signal, listener);
    return () => process.off(signal, listener);
  },
};

function resourceCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

function sample(startedAt: number): Sample {
  gc!();
  const memory = process.memoryUsage();
  return {
    atS: Math.round((Date.now() - startedAt) / 1000),
    rssMb: memory.rss / 2 ** 20,
    heapMb: memory.heapUsed / 2 ** 20,
    externalMb: memory.external / 2 ** 20,
    inboxSize,
    resources: resourceCounts(),
    signalListeners: (['SIGTSTP', 'SIGCONT', 'SIGINT', 'SIGTERM'] as const).reduce(
      (sum, signal) => sum + process.listenerCount(signal),
      0,
    ),
    statusChanges,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** `flagwatch serve --source demo` through its command line, until stopped. */
function serveDemo(): Promise<number> {
  return runCli(
    [
      'serve',
      '--source',
      'demo',
      '--demo-speed',
      String(demoSpeed),
      '--clock-start',
      new Date().toISOString(),
      '--clock-speed',
      String(clockSpeed),
      '--port',
      '0',
      '--data-dir',
      dataDir,
    ],
    host,
  );
}

/** What `flagwatch serve` does (runServe), with the replayed story as its only source. */
async function serveReplay(): Promise<{ serving: Promise<number>; source: ReplayingDemo }> {
  const clock = createSimulatedClock({ start: new Date(), speed: clockSpeed });
  const app = composeApp(
    { dataDir, source: 'none' },
    {
      notifier: host.desktopNotifier,
      logger: host.logger,
      clock,
      secrets: memorySecrets(),
      env: host.env,
      systemLanguages: ['en'],
      host: { kind: 'browser' },
    },
  );
  const source = replayingDemoSource({ clock, periodMs: replayPeriodMs, seed: 1, speed: demoSpeed });
  await app.replaceSources([source]);
  const server = await startHostServer({
    app,
    rendererDir: host.rendererDir,
    port: 0,
    token: newAccessToken(),
    logger: host.logger,
  });
  host.out(server.pageUrl);
  app.start();
  const serving = host.stopRequested().then(async () => {
    await app.stop();
    await server.close();
    return 0;
  });
  return { serving, source };
}

function writeHeapSnapshot(name: string): string | undefined {
  if (!snapshotsAt) return undefined;
  gc!();
  return v8.writeHeapSnapshot(path.join(snapshotsAt, `soak-${scenario}-${name}.heapsnapshot`));
}

async function main(): Promise<void> {
  const replay = scenario === 'replay' ? await serveReplay() : null;
  const serving = replay?.serving ?? serveDemo();
  while (!pageUrl) await new Promise((resolve) => setTimeout(resolve, 50));
  // An open window: subscribed to every change, reading the inbox and Today now and then.
  const window = await connectContractClient(pageUrl);
  let changes = 0;
  window.api.on('inbox.changed', () => changes++);
  window.api.on('status.changed', () => statusChanges++);
  const reader = setInterval(() => {
    void window.api.invoke('inbox.get', {}).then((view) => (inboxSize = view.notifications.length));
    void window.api.invoke('today.get', {});
  }, 2_000);

  const startedAt = Date.now();
  const samples: Sample[] = [];
  let warmSnapshot: string | undefined;
  while (Date.now() - startedAt < minutes * 60_000) {
    await new Promise((resolve) => setTimeout(resolve, sampleEveryMs));
    if (warmSnapshot === undefined && Date.now() - startedAt >= warmupMs)
      warmSnapshot = writeHeapSnapshot('warm') ?? '';
    samples.push(sample(startedAt));
    const last = samples.at(-1)!;
    console.error(
      `${last.atS}s rss ${last.rssMb.toFixed(1)} MB heap ${last.heapMb.toFixed(1)} MB external ${last.externalMb.toFixed(1)} MB inbox ${last.inboxSize} status events ${last.statusChanges} ` +
        `notifications ${shown.length} resources ${JSON.stringify(last.resources)}`,
    );
  }
  const endSnapshot = writeHeapSnapshot('end');
  clearInterval(reader);
  window.close();
  stop('SIGTERM');
  const exitCode = await serving;

  const afterWarmup = samples.filter((s) => s.atS * 1000 >= warmupMs);
  const firstMinute = afterWarmup.filter((s) => s.atS * 1000 < warmupMs + 60_000);
  const lastMinute = afterWarmup.filter((s) => s.atS * 1000 >= minutes * 60_000 - 60_000);
  const base = median(firstMinute.map((s) => s.rssMb));
  const end = median(lastMinute.map((s) => s.rssMb));
  const heapBase = median(firstMinute.map((s) => s.heapMb));
  const heapEnd = median(lastMinute.map((s) => s.heapMb));
  const externalBase = median(firstMinute.map((s) => s.externalMb));
  const externalEnd = median(lastMinute.map((s) => s.externalMb));
  const ids = shown.flatMap((n) => (n.notificationId ? [n.notificationId] : []));
  const timesShown = new Map<string, number>();
  for (const id of ids) timesShown.set(id, (timesShown.get(id) ?? 0) + 1);
  // Shown more often than it opened (once, in the growing demo).
  const duplicates = [...timesShown].filter(([id, times]) => times > (replay?.source.openings.get(id) ?? 1));
  const kinds = [...new Set(samples.flatMap((s) => Object.keys(s.resources)))].sort();
  const resourceTrend = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      [firstMinute, lastMinute].map((part) => Math.max(...part.map((s) => s.resources[kind] ?? 0))),
    ]),
  );
  console.log(
    JSON.stringify(
      {
        minutes,
        scenario,
        warmupS: warmupMs / 1000,
        exitCode,
        demoSpeed,
        clockSpeed,
        statusChangedEvents: statusChanges,
        inboxChangedEvents: changes,
        nativeNotifications: shown.length,
        withId: ids.length,
        distinctShown: timesShown.size,
        distinctInStory: replay?.source.distinct,
        duplicates,
        rssMbRange: [Math.min(...afterWarmup.map((s) => s.rssMb)), Math.max(...afterWarmup.map((s) => s.rssMb))].map(
          (mb) => +mb.toFixed(1),
        ),
        rssMb: {
          afterWarmup: +base.toFixed(1),
          end: +end.toFixed(1),
          growthPct: +((100 * (end - base)) / base).toFixed(1),
        },
        heapMb: { afterWarmup: +heapBase.toFixed(1), end: +heapEnd.toFixed(1) },
        externalMb: { afterWarmup: +externalBase.toFixed(1), end: +externalEnd.toFixed(1) },
        inboxNotifications: {
          afterWarmup: median(firstMinute.map((s) => s.inboxSize)),
          end: median(lastMinute.map((s) => s.inboxSize)),
        },
        resourcesMaxFirstVsLastMinute: resourceTrend,
        signalListeners: [samples[0]!.signalListeners, samples.at(-1)!.signalListeners],
        loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
        cores: os.cpus().length,
      },
      null,
      2,
    ),
  );
  if (warmSnapshot && endSnapshot)
    console.log(JSON.stringify({ heapGrowthWarmToEnd: heapGrowth(warmSnapshot, endSnapshot, 15) }, null, 2));
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
