// How long drawing one tray icon takes, with 4 × 4 supersampling: the icon is redrawn on every
// inbox change and theme switch, on the main process's thread. Target: ≤ 2 ms per draw.
// Run: npx tsx bench/tray-icon.bench.ts
import { performance } from 'node:perf_hooks';
import { drawTrayIcon, type TrayIconInput } from '../main/core/tray/draw-tray-icon';

const targetMs = 2;
const warmUp = 200;
const draws = 2000;

// The busiest icons: every layer (flag, error mark, three-glyph badge) painted.
const cases: { name: string; input: TrayIconInput }[] = [
  { name: '32 px (16 @2x), error, 99+', input: { unread: 150, state: 'error', size: 16, scale: 2, theme: 'dark' } },
  { name: '44 px (22 @2x), error, 99+', input: { unread: 150, state: 'error', size: 22, scale: 2, theme: 'light' } },
  { name: '44 px (22 @2x), offline, 42', input: { unread: 42, state: 'offline', size: 22, scale: 2, theme: 'light' } },
];

console.log(`| tray icon | draws | median ms | p95 ms | target ms |`);
console.log(`| --- | --- | --- | --- | --- |`);
let missed = false;
for (const { name, input } of cases) {
  for (let i = 0; i < warmUp; i++) drawTrayIcon(input);
  const times: number[] = [];
  for (let i = 0; i < draws; i++) {
    const start = performance.now();
    drawTrayIcon(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  if (p95 > targetMs) missed = true;
  console.log(`| ${name} | ${draws} | ${median.toFixed(3)} | ${p95.toFixed(3)} | ≤ ${targetMs} |`);
}
if (missed) {
  console.error(`p95 above the ${targetMs} ms target`);
  process.exitCode = 1;
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
