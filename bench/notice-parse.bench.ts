// Target (issue 10): parsing one notice takes ≤ 2 ms median.
// Run: npx tsx bench/notice-parse.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import { parseNotice } from '../main/core/notice/parse-notice';
import { placeNotice } from '../main/core/notice/place-notice';
import { measure, row } from './measure';
import { syntheticInbox } from './synthetic-inbox';

const dir = new URL('../tests/fixtures/notices/', import.meta.url);
const samples = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name: name.replace(/\.txt$/, ''), text: readFileSync(new URL(name, dir), 'utf8') }));
const receivedAt = '2026-11-20T10:00:00.000Z';

// A long email: the English sample's paragraphs eight times over, with 60 ASINs in a list.
const asinList = Array.from({ length: 60 }, (_, i) => `ASIN: B0${String(i).padStart(8, '0')}`).join('\n');
const long = [
  ...Array.from({ length: 8 }, () => samples.find((s) => s.name === 'en-inauthentic-listings-removed')!.text),
  asinList,
].join('\n\n');

const lines = ['| notice | runs | median | p95 | target | verdict |', '|---|---|---|---|---|---|'];
for (const sample of samples) {
  lines.push(
    row(
      measure(sample.name, 2_000, () => void parseNotice({ text: sample.text, receivedAt })),
      2,
    ),
  );
}
lines.push(
  row(
    measure(
      `long email: ${long.length.toLocaleString('en')} characters, 60 ASINs`,
      500,
      () => void parseNotice({ text: long, receivedAt }),
    ),
    2,
  ),
);

// Where a notice goes in a 10,000-notification inbox (same account and marketplace as many).
const inbox = syntheticInbox(10_000);
const first = inbox[0]!;
const parsed = parseNotice({ text: samples[0]!.text, receivedAt });
if (!parsed.ok) throw new Error('the first sample must parse');
const origin = { kind: 'paste' as const, accountId: first.accountId, marketplaceId: first.marketplaceId, receivedAt };
lines.push(
  row(
    measure(
      'place it in a 10,000-notification inbox',
      200,
      () => void placeNotice(inbox, parsed.notice, origin, receivedAt),
    ),
    2,
  ),
);
console.log(lines.join('\n'));
