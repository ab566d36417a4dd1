// Shared timing helper for the benchmarks: warm up, run N times, report median and p95 in ms.
export interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export function measure(name: string, runs: number, fn: () => void, warmup = Math.min(50, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95) };
}

/** One markdown table row: | name | runs | median | p95 | target | verdict | */
export function row(t: Timing, targetMs: number): string {
  const verdict = t.medianMs <= targetMs ? 'meets' : 'MISSES';
  return `| ${t.name} | ${t.runs} | ${t.medianMs.toFixed(3)} ms | ${t.p95Ms.toFixed(3)} ms | ≤ ${targetMs} ms | ${verdict} |`;
}
