// Target: parsing a seller performance report document and turning it into a snapshot's
// readings and notifications takes ≤ 5 ms median. Run: npx tsx bench/report-parse.bench.ts
import { readFileSync } from 'node:fs';
import { parseReport } from '../main/sources/spapi/report/parse-report';
import { reportToSnapshot } from '../main/sources/spapi/report/report-to-snapshot';
import { translatorFor } from '../main/core/i18n/catalogues';
import { measure, row } from './measure';

const text = (name: string) => readFileSync(new URL(`../tests/fixtures/spapi/${name}.json`, import.meta.url), 'utf8');
const official = text('official-example');
const three = text('three-marketplaces');
const context = { accountId: 'bench', at: '2026-11-02T09:00:00.000Z', translator: translatorFor('en') };

/** From the downloaded text, as the source gets it, to what the snapshot needs; a re-poll carries the previous result. */
function convert(document: string): void {
  const report = parseReport(JSON.parse(document));
  const first = reportToSnapshot(report, context);
  reportToSnapshot(
    report,
    { ...context, at: '2026-11-02T13:00:00.000Z' },
    { report, notifications: first.notifications },
  );
}

const rows = [
  row(
    measure('parse + report-to-snapshot (first poll and re-poll): official example', 1_000, () => convert(official)),
    5,
  ),
  row(
    measure('parse + report-to-snapshot (first poll and re-poll): 3 marketplaces', 1_000, () => convert(three)),
    5,
  ),
];
console.log(rows.join('\n'));
