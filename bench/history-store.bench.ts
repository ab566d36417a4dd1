// Target (issue 9): the metric history holds two years for 20 accounts × 3 marketplaces at the
// default interval. Measures the history file at its cap (every catalog metric, 750 days) on
// disk: its size, opening it (sealed, as the app wrote it; and unsealed, fully validated, as a
// hand-edited or upgraded file is), and one poll's write. Run: npx tsx bench/history-store.bench.ts
import Conf from 'conf';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDocumentStore } from '../main/adapters/store/document-store';
import { historySpec } from '../main/adapters/store/documents';
import { historyRetention } from '../main/adapters/store/history-retention';
import { appendReadings } from '../main/app/metric-history';
import type { HistoryDocument } from '../main/app/ports';
import { metricCatalog } from '../main/core/catalog/metrics';
import { dayText, type MetricSeries } from '../main/core/health/metric-series';
import type { MetricReading } from '../main/core/schema';
import { measure } from './measure';

const accounts = 20;
const marketplaces = ['ATVPDKIKX0DER', 'A1PA6795UKMFR9', 'A1F83G8C2ARO7P'];
const days = historyRetention.days;
const lastDay = 20_760; // 2026-11-02

/** A rate wanders in four decimals, as reports give them; counts and statuses sit at 0. */
function valueOf(unit: string, i: number): number {
  if (unit === 'rate') return Math.round((0.01 + 0.005 * Math.sin(i / 9)) * 10_000) / 10_000;
  if (unit === 'score') return 200 + (i % 300);
  return 0;
}

function fullHistory(): HistoryDocument {
  const series: MetricSeries[] = [];
  for (let a = 0; a < accounts; a++)
    for (const marketplaceId of marketplaces)
      for (const m of metricCatalog) {
        const dayList = Array.from({ length: days }, (_, i) => lastDay - days + 1 + i);
        series.push({
          latest: {
            accountId: `account-${a}`,
            marketplaceId,
            metric: m.key,
            value: valueOf(m.unit, days),
            at: `${dayText(lastDay)}T09:00:00.000Z`,
          },
          days: dayList,
          values: dayList.map((_, i) => valueOf(m.unit, i)),
        });
      }
  return { series };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flagwatch-history-bench-'));
const open = () => openDocumentStore({ ...historySpec, dataDir, StoreClass: Conf });
try {
  const history = fullHistory();
  const values = history.series.reduce((n, s) => n + s.values.length, 0);
  const store = open();
  store.write(history);
  const file = path.join(dataDir, 'history.json');
  const bytes = fs.statSync(file).size;

  const sealed = measure('open the history file (sealed, as written)', 5, () => void open().read(), 1);
  // The same bytes without their seal: validated in full, as after an upgrade or a hand edit.
  const text = fs.readFileSync(file, 'utf8');
  const unsealed = text.replace(/"seal":"[0-9a-f]+"/, '"seal":"0"');
  const unsealedTiming = measure(
    'open the same file unsealed (validated in full)',
    5,
    () => {
      fs.writeFileSync(file, unsealed);
      open().read();
    },
    1,
  );
  fs.writeFileSync(file, text);
  const live = open();
  const poll: MetricReading[] = history.series.map((s) => ({
    ...s.latest,
    at: `${dayText(lastDay + 1)}T09:00:00.000Z`,
  }));
  const write = measure(
    'one poll of every series: add the readings and write the file',
    5,
    () => live.write(appendReadings(live.read(), poll)),
    1,
  );
  // What format 1 (one object per reading) took for the same values, from one series' worth.
  const sample = history.series[0]!;
  const perReading =
    JSON.stringify(
      sample.days.map((d, i) => ({ ...sample.latest, value: sample.values[i], at: `${dayText(d)}T09:00:00.000Z` })),
    ).length / sample.days.length;

  console.log(`series: ${history.series.length}, values: ${values.toLocaleString('en')} (${days} days)`);
  console.log(`file: ${(bytes / 1e6).toFixed(1)} MB (${(bytes / values).toFixed(1)} bytes a value)`);
  console.log(
    `format 1 for the same values: about ${((perReading * values) / 1e6).toFixed(0)} MB (${perReading.toFixed(0)} bytes a reading)`,
  );
  for (const t of [sealed, unsealedTiming, write])
    console.log(`| ${t.name} | ${t.runs} | ${t.medianMs.toFixed(0)} ms | ${t.p95Ms.toFixed(0)} ms |`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
