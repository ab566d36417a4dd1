// Startup of the whole process (issue: hardening): `flagwatch check` and `flagwatch serve` from
// the moment the process is spawned to its first byte on stdout (check: the printed report,
// after one full poll of the demo; serve: the line with the page's address), against a bare
// `node -e 0` from spawn to exit, the floor any Node program pays. Each run gets a fresh data
// folder (a first start, files created). The machine's load is printed with the figures: on a
// shared machine it moves them more than anything measured.
// Run: npm run build && npx tsx bench/startup.bench.ts [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const runs = Number(process.argv[2] ?? 9);
const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'flagwatch.js');

/** Milliseconds from spawn to the first stdout byte (or to the exit, for a program that prints nothing). */
function timeToFirstOutput(args: string[], until: 'output' | 'exit'): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    child.once('error', reject);
    if (until === 'exit') {
      child.once('exit', () => resolve(performance.now() - started));
      return;
    }
    let printedAfterMs: number | undefined;
    child.stdout.once('data', () => {
      printedAfterMs = performance.now() - started;
      child.kill('SIGTERM');
    });
    child.once('exit', (code) => {
      if (printedAfterMs === undefined) reject(new Error(`${args.join(' ')} exited (${code}) before printing`));
      else resolve(printedAfterMs);
    });
  });
}

async function inFreshFolder<T>(work: (dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flagwatch-startup-'));
  try {
    return await work(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const scenarios: [string, () => Promise<number>][] = [
  ['node -e 0 (spawn to exit)', () => timeToFirstOutput(['-e', '0'], 'exit')],
  [
    'flagwatch check (demo), to the report',
    () => inFreshFolder((dir) => timeToFirstOutput([bin, 'check', '--data-dir', dir], 'output')),
  ],
  [
    'flagwatch serve (demo), to the address line',
    () => inFreshFolder((dir) => timeToFirstOutput([bin, 'serve', '--port', '0', '--data-dir', dir], 'output')),
  ],
];

const samples = new Map<string, number[]>(scenarios.map(([name]) => [name, []]));
const loadBefore = os.loadavg()[0]!;
// Interleaved, so a burst of load elsewhere falls on every scenario alike.
for (let run = 0; run < runs + 1; run++) {
  for (const [name, once] of scenarios) {
    const ms = await once();
    // The first round warms the disk cache; it is not counted.
    if (run > 0) samples.get(name)!.push(ms);
  }
}
const loadAfter = os.loadavg()[0]!;

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const floor = at(
  [...samples.get(scenarios[0]![0])!].sort((a, b) => a - b),
  0.5,
);
console.log(`| scenario | runs | median | p95 | median above node -e 0 |`);
console.log(`| --- | --- | --- | --- | --- |`);
for (const [name, values] of samples) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = at(sorted, 0.5);
  console.log(
    `| ${name} | ${sorted.length} | ${median.toFixed(0)} ms | ${at(sorted, 0.95).toFixed(0)} ms | ${(median - floor).toFixed(0)} ms |`,
  );
}
console.log(
  `\nload average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${os.cpus().length} cores`,
);
