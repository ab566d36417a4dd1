// Targets (issue 9), in Chromium, with 10,000 notifications over 20 accounts in the data folder:
// the inbox's first render ≤ 200 ms from the data arriving; fewer than 3,000 DOM nodes; a
// keystroke in the search to the updated list ≤ 16 ms at the 95th percentile; scrolling with no
// long task over 50 ms. The built app runs under `flagwatch serve` (demo source) on a data folder
// whose inbox was written beforehand through the app's own store.
// "Data arriving" is the moment the page receives the host's answer to inbox.get (the one large
// WebSocket message); the first render ends with the frame after the first row is in the page.
// The main thread's CPU time for the first render and each keystroke comes from a trace of the
// page (`bench/main-thread-time.ts`): steadier than wall time on a shared machine. Tracing has a
// wall-time cost of its own: BENCH_CPU=0 runs untraced and leaves the CPU rows out.
// Chromium is driven over the DevTools protocol directly (`bench/cdp-browser.ts`): Playwright's
// driver copies the inbox's WebSocket frame to itself while the page renders it.
// Run `npm run build`, then: npx tsx bench/inbox-scale.bench.ts
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { openStores } from '../main/adapters/store/open-stores';
import { defaultSettings } from '../preload/contract';
import { assertChromiumInstalled, chromiumLaunchOptions, chromiumPath } from '../tests/e2e/support/chromium';
import { connectContractClient } from '../tests/e2e/support/contract-client';
import { startFlagwatch } from '../tests/e2e/support/flagwatch-process';
import { firstCheckDone } from '../tests/e2e/support/host-checks';
import { launchCdpBrowser } from './cdp-browser';
import { mainThreadCategories, mainThreadMs } from './main-thread-time';
import { syntheticInbox, syntheticSnapshot } from './synthetic-inbox';

const count = 10_000;
const target = { firstRenderMs: 200, domNodes: 3000, keystrokeP95Ms: 16, longTaskMs: 50 };

// Runs in the page before its own scripts (a string: this program has no DOM types). Notes when
// the first large socket message (the inbox) arrives, when the first row enters the page (then the end of the
// next frame), and every long task.
const watchPage = `{
  const marks = { dataAt: 0, dataBytes: 0, rowAt: 0, renderedAt: 0, longTasks: [] };
  window.benchMarks = marks;
  const Real = window.WebSocket;
  window.WebSocket = class extends Real {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const size = typeof event.data === 'string' ? event.data.length : 0;
        if (!marks.dataAt && size > 1e6) { marks.dataBytes = size; marks.dataAt = performance.now(); console.timeStamp('bench:from'); }
      });
    }
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.longTasks.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const rows = new MutationObserver(() => {
    if (marks.rowAt || !document.querySelector('.rows .row')) return;
    marks.rowAt = performance.now();
    rows.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { marks.renderedAt = performance.now(); console.timeStamp('bench:to'); };
      channel.port2.postMessage(null);
    });
  });
  document.addEventListener('DOMContentLoaded', () => rows.observe(document.body, { childList: true, subtree: true }));
}`;

// Each keystroke timed from its keydown to the end of the next frame, as in the appeal bench.
const timeKeystrokes = `{
  const samples = [];
  window.keystrokeSamples = samples;
  document.addEventListener('keydown', () => {
    const start = performance.now();
    console.timeStamp('bench:from');
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { samples.push(performance.now() - start); console.timeStamp('bench:to'); };
      channel.port2.postMessage(null);
    });
  }, true);
}`;

interface Marks {
  dataAt: number;
  dataBytes: number;
  rowAt: number;
  renderedAt: number;
  longTasks: { at: number; ms: number }[];
}

assertChromiumInstalled();
const dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-bench-inbox-'));
const stores = openStores({ dataDir, StoreClass: Conf });
stores.settings.write({ settings: { ...defaultSettings, pollIntervalMinutes: 24 * 60 } });
const { accounts } = syntheticSnapshot([]);
stores.inbox().write({ notifications: syntheticInbox(count), accounts, lastSuccessAt: null });

const host = await startFlagwatch({ dataDir, demoSpeed: 1, demoSeed: 1 });
const browser = await launchCdpBrowser(chromiumPath, chromiumLaunchOptions.args ?? []);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
try {
  // The host's first check (which sends the whole inbox again) ends before the page opens.
  const client = await connectContractClient(host.pageUrl);
  await firstCheckDone(client.api);
  client.close();
  const page = await browser.newPage({ width: 1200, height: 900 }, 'en-US');
  await page.addInitScript(watchPage);
  // Traced through the searches, for the main thread's CPU time (`bench/main-thread-time.ts`).
  const traced = process.env.BENCH_CPU !== '0';
  if (traced) await browser.startTracing(mainThreadCategories);
  await page.goto(`${host.pageUrl.href}#/?status=open`);
  for (let waited = 0; !(await page.evaluate<number>('window.benchMarks.renderedAt')); waited += 100) {
    if (waited > 60_000) throw new Error('the inbox did not render a row within a minute');
    await pause(100);
  }
  const marks = await page.evaluate<Marks>('window.benchMarks');
  const shown = await page.evaluate<string>(
    "[...document.querySelectorAll('[role=status]')].map((e) => e.textContent).find((t) => / shown$/.test(t))",
  );
  const firstRender = marks.renderedAt - marks.dataAt;
  const domNodes = await page.evaluate<number>("document.getElementsByTagName('*').length");

  // Search: type, pause, erase, as a seller looking for an ASIN or a word would.
  await page.evaluate("document.querySelector('.inbox-filters input[type=search]').focus()");
  await page.evaluate(timeKeystrokes);
  for (const word of ['b00000123', 'complaint', 'shipment late', 'b0000999']) {
    for (const ch of word) {
      await page.press(ch);
      await pause(60);
    }
    for (let i = 0; i < word.length; i++) {
      await page.press('Backspace');
      await pause(60);
    }
  }
  const keystrokes = (await page.evaluate<number[]>('window.keystrokeSamples.splice(0)')).sort((a, b) => a - b);
  const quantile = (q: number) => keystrokes[Math.min(keystrokes.length - 1, Math.floor(q * keystrokes.length))]!;
  const trace = traced ? await browser.stopTracing() : null;
  // BENCH_TRACE=file.json keeps the trace, for the browser's Performance panel.
  if (trace && process.env.BENCH_TRACE) await writeFile(process.env.BENCH_TRACE, trace);
  const [firstRenderCpu = NaN, ...keystrokeCpu] = trace ? mainThreadMs(trace) : [];
  keystrokeCpu.sort((a, b) => a - b);
  const cpuAt = (q: number) => keystrokeCpu[Math.min(keystrokeCpu.length - 1, Math.floor(q * keystrokeCpu.length))]!;
  const nodesAfterSearch = await page.evaluate<number>("document.getElementsByTagName('*').length");
  // The floor on this machine: the same typing into a bare input outside React.
  await page.evaluate(
    "{ const bare = document.createElement('input'); bare.setAttribute('aria-label', 'bare'); document.body.prepend(bare); bare.focus(); }",
  );
  for (const ch of 'b00000123 complaint') {
    await page.press(ch);
    await pause(60);
  }
  const floor = (await page.evaluate<number[]>('window.keystrokeSamples.splice(0)')).sort((a, b) => a - b);
  await page.evaluate("document.querySelector('input[aria-label=bare]').remove()");

  // Scrolling: the wheel over the list, from top to bottom and a fling back up.
  await page.evaluate('window.benchMarks.longTasks.length = 0');
  const box = await page.evaluate<{ x: number; y: number; width: number; height: number }>(
    "document.querySelector('.inbox-scroll').getBoundingClientRect().toJSON()",
  );
  let scrolledTo = 0;
  for (let i = 0; i < 150; i++) {
    await page.wheel(box.x + box.width / 2, box.y + box.height / 2, i < 100 ? 600 : -3000);
    await pause(16);
    if (i === 99) scrolledTo = await page.evaluate<number>("document.querySelector('.inbox-scroll').scrollTop");
  }
  await pause(300);
  const scrollTasks = (await page.evaluate<Marks>('window.benchMarks')).longTasks;
  const longest = Math.max(0, ...scrollTasks.map((t) => t.ms));
  const nodesWhileScrolled = await page.evaluate<number>("document.getElementsByTagName('*').length");

  const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
  console.log(`inbox: ${shown}; the inbox.get answer was ${(marks.dataBytes / 1e6).toFixed(1)} MB of JSON`);
  console.log('| measure | value | target | verdict |');
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| first render, from the inbox's data arriving to the frame after the first row | ${firstRender.toFixed(0)} ms | ≤ ${target.firstRenderMs} ms | ${verdict(firstRender <= target.firstRenderMs)} |`,
  );
  console.log(
    `| for the whole wait: from opening the page to the same frame | ${marks.renderedAt.toFixed(0)} ms | | |`,
  );
  if (trace) console.log(`| first render, the main thread's CPU time | ${firstRenderCpu.toFixed(0)} ms | | |`);
  console.log(
    `| DOM nodes: first render / after the searches / scrolled | ${domNodes} / ${nodesAfterSearch} / ${nodesWhileScrolled} | < ${target.domNodes} | ${verdict(Math.max(domNodes, nodesAfterSearch, nodesWhileScrolled) < target.domNodes)} |`,
  );
  console.log(
    `| search keystroke to the updated list (keydown to the next frame), ${keystrokes.length} keys: median / p95 / max | ${quantile(0.5).toFixed(1)} / ${quantile(0.95).toFixed(1)} / ${keystrokes.at(-1)!.toFixed(1)} ms | p95 ≤ ${target.keystrokeP95Ms} ms | ${verdict(quantile(0.95) <= target.keystrokeP95Ms)} |`,
  );
  if (trace) {
    console.log(
      `| search keystroke, the main thread's CPU time, ${keystrokeCpu.length} keys: median / p95 / max | ${cpuAt(0.5).toFixed(1)} / ${cpuAt(0.95).toFixed(1)} / ${keystrokeCpu.at(-1)!.toFixed(1)} ms | | |`,
    );
  }
  const floorAt = (q: number) => floor[Math.min(floor.length - 1, Math.floor(q * floor.length))]!.toFixed(1);
  console.log(
    `| floor: the same timing typing into a bare input outside React, ${floor.length} keys: median / p95 | ${floorAt(0.5)} / ${floorAt(0.95)} ms | | |`,
  );
  console.log(
    `| scrolling 150 wheel steps (down to ${scrolledTo.toFixed(0)} px and back): long tasks / longest | ${scrollTasks.length} / ${longest.toFixed(0)} ms | none over ${target.longTaskMs} ms | ${verdict(longest <= target.longTaskMs)} |`,
  );
  if (
    firstRender > target.firstRenderMs ||
    Math.max(domNodes, nodesAfterSearch, nodesWhileScrolled) >= target.domNodes ||
    quantile(0.95) > target.keystrokeP95Ms ||
    longest > target.longTaskMs
  )
    process.exitCode = 1;
} finally {
  await browser.close();
  await host.stop();
  await rm(dataDir, { recursive: true, force: true });
}
