// Targets (issue 8): with 1,000 saved appeals, opening the Appeals view takes ≤ 150 ms, and a
// keystroke in its search takes ≤ 16 ms at the 95th percentile, in Chromium. The built app runs
// under `flagwatch serve --source none` on a data folder holding 1,000 appeals on 1,000
// notifications (each with a few versions and attempts). Opening is timed from the click on the
// Appeals link to the end of the frame that shows the list; the first open is the first
// `appeals.list` of the run (the host has read the appeals file a second after it started). A keystroke is timed from its keydown to the end of the next
// frame, which shows the new matches (the list filters and renders as the key is handled).
// Run `npm run build`, then: npx tsx bench/appeals-view.bench.ts
import Conf from 'conf';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { openStores } from '../main/adapters/store/open-stores';
import type { Appeal } from '../main/core/appeal/appeal-schema';
import { newAppeal } from '../main/core/appeal/new-appeal';
import { syntheticInbox, syntheticSnapshot } from './synthetic-inbox';
import { assertChromiumInstalled, chromiumLaunchOptions } from '../tests/e2e/support/chromium';
import { startFlagwatch } from '../tests/e2e/support/flagwatch-process';

const appealCount = 1_000;
const opens = 15;
const targetOpenMs = 150;
const targetKeystrokeP95Ms = 16;

const quantile = (list: number[], q: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/** Types each query into the focused field a key at a time, as a person does, then erases it. */
async function typeAndErase(page: Page, queries: readonly string[]): Promise<void> {
  for (const query of queries) {
    for (const key of query) {
      await page.keyboard.type(key);
      await page.waitForTimeout(60);
    }
    for (let i = 0; i < query.length; i++) {
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(60);
    }
  }
}

function savedAppeals(): { appeals: Appeal[]; notifications: ReturnType<typeof syntheticInbox> } {
  const notifications = syntheticInbox(appealCount);
  const appeals = notifications.map((notification, i) => {
    const appeal = newAppeal({ id: `appeal-${i}`, now: '2026-11-02T09:00:00.000Z', language: 'en', notification });
    const content = appeal.versions[0]!.content;
    const versions = [1, 2, 3].map((n) => ({
      n,
      savedAt: `2026-11-0${n + 1}T09:00:00.000Z`,
      content: {
        ...content,
        rootCauses: [{ id: 'rc', text: `Root cause ${n} of case ${i}: the pick list missed a location.`, why: [] }],
      },
    }));
    const attempts =
      i % 3 === 0
        ? []
        : [
            {
              at: '2026-11-04T09:00:00.000Z',
              channel: 'appeal-button' as const,
              text: `Plan for case ${i}`,
              attachments: [],
              version: 3,
              answer: null,
            },
          ];
    return { ...appeal, updatedAt: `2026-11-04T09:${String(i % 60).padStart(2, '0')}:00.000Z`, versions, attempts };
  });
  return { appeals, notifications };
}

// Runs in the page (a string: this program has no DOM types).
const frameAfter = `(start) => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now() - start);
  channel.port2.postMessage(null);
}))`;

const timeOpen = `async () => {
  const start = performance.now();
  document.querySelector('a[href="#/appeals"]').click();
  const after = ${frameAfter};
  for (;;) {
    const list = document.querySelector('ul.appeal-list');
    if (list && list.children.length > 0) return after(start);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}`;

const timeKeystrokes = `{
  const frames = [];
  Object.assign(window, { searchFrames: frames });
  const after = ${frameAfter};
  document.addEventListener('keydown', () => {
    after(performance.now()).then((ms) => frames.push(ms));
  }, true);
}`;

assertChromiumInstalled();
const dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-bench-appeals-'));
const { appeals, notifications } = savedAppeals();
const stores = openStores({ dataDir, StoreClass: Conf });
stores.inbox().write({
  notifications,
  accounts: syntheticSnapshot([]).accounts,
  lastSuccessAt: null,
});
stores.appeals().write({ appeals });
const host = await startFlagwatch({ dataDir, source: 'none' });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'en-US' });
  await page.goto(`${host.pageUrl.href}#/settings`);
  await page.getByRole('link', { name: 'Appeals' }).waitFor();
  // A seller clicks a moment after the window shows, not within its first second.
  await page.waitForTimeout(2_000);
  const openTimes: number[] = [];
  for (let i = 0; i < opens; i++) {
    openTimes.push(await page.evaluate<number>(`(${timeOpen})()`));
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).first().waitFor();
  }
  const [cold, ...warm] = openTimes;

  await page.getByRole('link', { name: 'Appeals' }).click();
  const search = page.getByRole('searchbox', { name: 'Search appeals' });
  await search.click();
  await page.evaluate(timeKeystrokes);
  const queries = ['seller 1', 'order defect', 'b000005', 'policy', 'late shipment rate', 'germany'];
  await typeAndErase(page, queries);
  await page.waitForTimeout(300);
  const frames = await page.evaluate<number[]>('window.searchFrames.splice(0)');
  // The floor on this machine: the same typing into a bare input outside React, in the same page.
  await page.evaluate(
    "{ const bare = document.createElement('input'); bare.setAttribute('aria-label', 'bare'); document.body.prepend(bare); }",
  );
  await page.getByRole('textbox', { name: 'bare' }).click();
  await typeAndErase(page, queries);
  await page.waitForTimeout(300);
  const floor = await page.evaluate<number[]>('window.searchFrames.splice(0)');
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`${appeals.length} appeals saved, ${notifications.length} notifications in the inbox, no source`);
  console.log('| scenario | runs | median | p95 | max | target | verdict |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  console.log(
    `| open the Appeals view, first time | 1 | ${ms(cold!)} | | | ≤ ${targetOpenMs} ms | ${cold! <= targetOpenMs ? 'meets' : 'MISSES'} |`,
  );
  const warmMedian = quantile(warm, 0.5);
  console.log(
    `| open the Appeals view again | ${warm.length} | ${ms(warmMedian)} | ${ms(quantile(warm, 0.95))} | ${ms(Math.max(...warm))} | ≤ ${targetOpenMs} ms | ${quantile(warm, 0.95) <= targetOpenMs ? 'meets' : 'MISSES'} |`,
  );
  const p95 = quantile(frames, 0.95);
  console.log(
    `| search keystroke, keydown to the next frame | ${frames.length} | ${ms(quantile(frames, 0.5))} | ${ms(p95)} | ${ms(Math.max(...frames))} | ≤ ${targetKeystrokeP95Ms} ms (p95) | ${p95 <= targetKeystrokeP95Ms ? 'meets' : 'MISSES'} |`,
  );
  console.log(
    `| floor: the same typing into a bare input outside React | ${floor.length} | ${ms(quantile(floor, 0.5))} | ${ms(quantile(floor, 0.95))} | ${ms(Math.max(...floor))} | | |`,
  );
  if (cold! > targetOpenMs || quantile(warm, 0.95) > targetOpenMs || p95 > targetKeystrokeP95Ms) process.exitCode = 1;
} finally {
  await browser.close();
  await host.stop();
  await rm(dataDir, { recursive: true, force: true });
}
