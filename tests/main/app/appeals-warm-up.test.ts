// The appeals file is read a moment after start, not before the first badge and not on demand.
import { describe, expect, it } from 'vitest';
import { appealsWarmUpMs, createFlagwatchApp } from '../../../main/app/service';
import { createFakeClock } from '../../support/fake-clock';
import { memoryStores } from '../../support/memory-stores';
import { testAppDependencies, turnOffMorningDigest } from '../../support/app-dependencies';

function setUp() {
  const clock = createFakeClock();
  const stores = memoryStores();
  // The clock starts at nine: the morning digest (which reads the appeals too) stays out of it.
  turnOffMorningDigest(stores);
  const app = createFlagwatchApp(
    testAppDependencies({
      stores,
      clock,
    }),
  );
  return { app, clock, stores };
}

describe('the appeals file after start', () => {
  it('is read once the app has settled, so the Appeals view need not wait for it', async () => {
    const { app, clock, stores } = setUp();
    app.start();
    await clock.advance(appealsWarmUpMs - 1);
    expect(stores.opened.has('appeals')).toBe(false);
    await clock.advance(1);
    expect(stores.opened.has('appeals')).toBe(true);
    await app.stop();
  });

  it('is left alone by an app stopped before then', async () => {
    const { app, clock, stores } = setUp();
    app.start();
    await app.stop();
    await clock.advance(appealsWarmUpMs);
    expect(stores.opened.has('appeals')).toBe(false);
  });
});
