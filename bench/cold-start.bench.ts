// Target (issue: foundation): cold start of the app service with a 10,000-notification inbox and
// 1,000 appeals on disk, to first badge: ≤ 150 ms. The first badge comes from the summary saved
// with the last inbox write; the inbox itself is read right after (also measured). Each figure
// comes from a fresh process (a warm one hides the first parse of the files); the clock starts
// once the modules are loaded, since the hosts load theirs before anything else happens.
// Run: npx tsx bench/cold-start.bench.ts
import Conf from 'conf';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStores } from '../main/adapters/store/open-stores';
import { createFlagwatchApp } from '../main/app/service';
import { badgeModel } from '../main/core/badge';
import { translatorFor } from '../main/core/i18n/catalogues';
import type { Appeal } from '../main/core/appeal/appeal-schema';
import { emptyContent, newAppeal } from '../main/core/appeal/new-appeal';
import { memoryAccountHandlers } from '../tests/support/memory-accounts';
import { syntheticInbox } from './synthetic-inbox';

const runs = 9;
const [role, dataDir] = process.argv.slice(2);

if (role === 'cold-start') {
  const start = performance.now();
  const stores = openStores({ dataDir: dataDir!, StoreClass: Conf });
  const opened = performance.now();
  const app = createFlagwatchApp({
    stores,
    sources: [],
    accountHandlers: memoryAccountHandlers(),
    notifier: { show: async () => {} },
    clock: { now: () => new Date('2026-11-02T09:00:00.000Z'), schedule: () => ({ cancel() {} }) },
    logger: { info() {}, warn() {}, error() {} },
  });
  const badge = app.badge();
  const end = performance.now();
  void app.handlers['inbox.get']({});
  const inboxReady = performance.now() - start;
  const parse = performance.now();
  JSON.parse(fs.readFileSync(path.join(dataDir!, 'inbox.json'), 'utf8'));
  const floor = performance.now() - parse;
  console.log(
    JSON.stringify({
      total: end - start,
      stores: opened - start,
      badge: end - opened,
      inboxReady,
      floor,
      unread: badge.unread,
    }),
  );
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flagwatch-bench-'));
  try {
    const stores = openStores({ dataDir: dir, StoreClass: Conf });
    const notifications = syntheticInbox(10_000);
    stores.inbox().write({ notifications, accounts: [], lastSuccessAt: null });
    const { state: _state, ...summary } = badgeModel({
      notifications,
      connectivity: 'ok',
      now: new Date('2026-11-02T09:00:00.000Z'),
      t: translatorFor('en'),
    });
    stores.summary.write({ badge: summary });
    stores.appeals().write({ appeals: Array.from({ length: 1_000 }, (_, i) => appeal(i)) });
    const size = (f: string) => `${f} ${(fs.statSync(path.join(dir, f)).size / 1e6).toFixed(1)} MB`;
    const samples = Array.from({ length: runs }, () =>
      JSON.parse(
        execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, 'cold-start', dir], {
          encoding: 'utf8',
        }),
      ),
    ) as Array<Record<'total' | 'stores' | 'badge' | 'inboxReady' | 'floor' | 'unread', number>>;
    const median = (key: 'total' | 'stores' | 'badge' | 'inboxReady' | 'floor') =>
      samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(runs / 2)]!;
    console.log(
      `(${size('inbox.json')}, ${size('appeals.json')}; ${samples[0]!.unread} unread; median of ${runs} fresh processes)`,
    );
    console.log(
      `| cold start to first badge (stores opened + service created + badge) | ${median('total').toFixed(1)} ms | ≤ 150 ms | ${median('total') <= 150 ? 'meets' : 'MISSES'} |`,
    );
    console.log(`| of which: opening settings and the saved badge | ${median('stores').toFixed(1)} ms | | |`);
    console.log(`| of which: service and badge | ${median('badge').toFixed(1)} ms | | |`);
    console.log(
      `| cold start to the whole inbox read and validated (10k items) | ${median('inboxReady').toFixed(1)} ms | | |`,
    );
    console.log(
      `| for scale: read + JSON.parse of inbox.json alone, warm cache | ${median('floor').toFixed(1)} ms | | |`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function appeal(i: number): Appeal {
  const text =
    'On 2026-11-02 we found that our supplier had shipped units without invoices; we removed the ASINs and changed supplier. ';
  const content = {
    ...emptyContent(),
    rootCauses: [{ id: 'rc-1', text: text.repeat(3), why: [] }],
    actions: [
      { id: 'a-1', text: text.repeat(3), date: '2026-11-02', owner: 'Operations', evidence: '', rootCauseId: 'rc-1' },
    ],
    preventions: [{ id: 'p-1', text: text.repeat(3), owner: 'Operations', frequency: 'Weekly', measure: '' }],
  };
  return {
    ...newAppeal({ id: `appeal-${i}`, now: '2026-11-02T10:00:00.000Z', language: 'en' }),
    notificationId: `n_${i}`,
    versions: [{ n: 1, savedAt: '2026-11-03T10:00:00.000Z', content }],
    attempts: [
      {
        at: '2026-11-03T10:00:00.000Z',
        channel: 'appeal-button',
        text: text.repeat(9),
        attachments: [],
        version: 1,
        answer: null,
      },
    ],
  };
}
