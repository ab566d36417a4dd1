// How much the window weighs: every JS and CSS file of the built renderer (out/renderer),
// gzipped as a server would send it. The budget covers all of them together, the catalogues
// loaded on demand included; the first load is what index.html pulls in before any of those.
// A window speaks one language, so it can only ever load that language's catalogue: "all for one
// language" is every file but the other languages' catalogue chunks (catalogue-<locale>-….js).
// Target: ≤ 200 KB gzipped. Run `npm run build`, then: npx tsx bench/renderer-weight.bench.ts
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../main/core/i18n/locales';

const budgetKb = 200;
const outDir = path.resolve(import.meta.dirname, '..', 'out', 'renderer');

interface Asset {
  file: string;
  gzipBytes: number;
}

async function assets(): Promise<Asset[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => /\.(js|css)$/.test(f)).sort();
  if (files.length === 0) throw new Error(`No JS or CSS in ${outDir}: run \`npm run build\` first.`);
  return Promise.all(
    files.map(async (file) => ({
      file,
      gzipBytes: gzipSync(await readFile(path.join(outDir, file)), { level: 9 }).length,
    })),
  );
}

/** The files index.html loads itself: its scripts, stylesheets and module preloads. */
async function firstLoadFiles(): Promise<Set<string>> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return new Set(referenced);
}

/** The locale whose catalogue `file` is, if it is one (vite.config.ts names them). */
const catalogueLocale = (file: string) => /(?:^|\/)catalogue-(.+)-[\w-]{8}\.js$/.exec(file)?.[1];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const all = await assets();
const first = await firstLoadFiles();
const total = all.reduce((sum, a) => sum + a.gzipBytes, 0);
const firstLoad = all.filter((a) => first.has(a.file)).reduce((sum, a) => sum + a.gzipBytes, 0);

console.log('| file | gzipped |');
console.log('| --- | --- |');
for (const a of all) console.log(`| ${a.file}${first.has(a.file) ? '' : ' (on demand)'} | ${kb(a.gzipBytes)} |`);
console.log(`| **first load** | ${kb(firstLoad)} |`);
for (const locale of locales) {
  const others = all.filter((a) => catalogueLocale(a.file) !== undefined && catalogueLocale(a.file) !== locale);
  if (!all.some((a) => catalogueLocale(a.file) === locale)) throw new Error(`No catalogue chunk for ${locale}.`);
  const forLocale = total - others.reduce((sum, a) => sum + a.gzipBytes, 0);
  console.log(`| **all for a window in ${locale}** | ${kb(forLocale)} |`);
}
console.log(
  `| **all JS + CSS** | ${kb(total)} (budget ≤ ${budgetKb} KB: ${total <= budgetKb * 1024 ? 'meets' : 'MISSES'}) |`,
);
if (total > budgetKb * 1024) process.exitCode = 1;
