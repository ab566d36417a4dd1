// Each source's own status, and a check of one source alone: what the window's banner per failing
// account shows, and what its Retry runs.
import { describe, expect, it } from 'vitest';
import { createPolling } from '../../../main/app/polling';
import type { Source } from '../../../main/app/ports';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import type { Snapshot } from '../../../main/core/schema';
import { createFakeClock, type FakeClock } from '../../support/fake-clock';
import { snapshot } from '../../support/fixtures';

const minute = 60_000;
const silentLogger = { info() {}, warn() {}, error() {} };

/** A source whose next answer the test sets; it can be held mid-poll to look at the status then. */
function controllableSource(clock: FakeClock, id: string, account?: { id: string; name: string }) {
  let failWith: string | null = null;
  let hold: Promise<void> | null = null;
  const source = {
    id,
    minIntervalMs: minute,
    ...(account ? { account } : {}),
    polls: 0,
    failNext(message: string | null) {
      failWith = message;
    },
    holdNext() {
      let release = () => {};
      hold = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
    async poll(): Promise<Snapshot> {
      source.polls++;
      if (hold) await hold;
      hold = null;
      if (failWith !== null) throw new Error(failWith);
      return snapshot([], { source: id, takenAt: clock.now().toISOString() });
    },
  } satisfies Source & Record<string, unknown>;
  return source;
}

function setup() {
  const clock = createFakeClock();
  const us = controllableSource(clock, 'spapi:acct-us', { id: 'acct-us', name: 'Bluefin Outdoor Supply (NA)' });
  const demo = controllableSource(clock, 'demo');
  const intakes: string[] = [];
  /** Whether the first source was polling, at each status change. */
  const told: boolean[] = [];
  const polling = createPolling({
    sources: [us, demo],
    clock,
    logger: silentLogger,
    random: () => 0,
    intervalMs: () => 30 * minute,
    translator: () => translatorFor('en'),
    intake: (s) => void intakes.push(s.source),
    statusChanged: () => void told.push(polling.sources()[0]!.polling),
    pollFailed: () => {},
  });
  return { clock, us, demo, polling, intakes, told };
}

describe('polling: each source on its own', () => {
  it('reports each source: its account, when it last polled and succeeded, when it polls next', async () => {
    const { clock, polling } = setup();
    expect(polling.sources()).toEqual([
      {
        id: 'spapi:acct-us',
        label: 'Bluefin Outdoor Supply (NA)',
        accountId: 'acct-us',
        polling: false,
        lastPollAt: null,
        lastSuccessAt: null,
        nextPollAt: null,
        error: null,
      },
      expect.objectContaining({ id: 'demo', label: null, accountId: null }),
    ]);
    polling.start();
    await clock.advance(0);
    const at = clock.now().toISOString();
    const next = new Date(clock.now().getTime() + 30 * minute).toISOString();
    expect(polling.sources()[0]).toMatchObject({ lastPollAt: at, lastSuccessAt: at, nextPollAt: next, error: null });
    await polling.stop();
  });

  it("keeps a failing source's own message and its last success, while the other source stays healthy", async () => {
    const { clock, us, polling } = setup();
    polling.start();
    await clock.advance(0);
    const succeeded = clock.now().toISOString();
    us.failNext('Bluefin Outdoor Supply (NA): Amazon refused the refresh token');
    await clock.advance(30 * minute);
    const [failing, healthy] = polling.sources();
    expect(failing).toMatchObject({
      error: 'Bluefin Outdoor Supply (NA): Amazon refused the refresh token',
      lastPollAt: clock.now().toISOString(),
      lastSuccessAt: succeeded,
    });
    expect(healthy).toMatchObject({ error: null, lastSuccessAt: clock.now().toISOString() });
    await polling.stop();
  });

  it('polls one source alone on request, showing it as polling until it ends', async () => {
    const { clock, us, demo, polling, intakes } = setup();
    polling.start();
    await clock.advance(0);
    us.failNext('Bluefin Outdoor Supply (NA): Amazon is unreachable');
    await clock.advance(30 * minute);
    expect(polling.sources()[0]!.error).not.toBeNull();

    us.failNext(null);
    const release = us.holdNext();
    const retry = polling.runOne('spapi:acct-us');
    expect(polling.sources().map((s) => s.polling)).toEqual([true, false]);
    expect(polling.polling()).toBe(true);
    release();
    await expect(retry).resolves.toBe(true);
    expect(polling.sources()[0]).toMatchObject({ polling: false, error: null });
    expect([us.polls, demo.polls]).toEqual([3, 2]);
    expect(intakes.filter((s) => s === 'demo')).toHaveLength(2);
    await polling.stop();
  });

  it('says a source is polling in the very status change that starts its poll, and not in the one that ends it', async () => {
    const { us, polling, told } = setup();
    const release = us.holdNext();
    const retry = polling.runOne('spapi:acct-us');
    expect(told).toEqual([true]);
    release();
    await retry;
    expect(told.at(-1)).toBe(false);
    expect(polling.polling()).toBe(false);
  });

  it('answers false for a source it does not watch, and polls nothing', async () => {
    const { us, demo, polling } = setup();
    await expect(polling.runOne('spapi:gone')).resolves.toBe(false);
    expect([us.polls, demo.polls]).toEqual([0, 0]);
  });

  it('joins the poll in flight rather than starting a second one', async () => {
    const { us, polling } = setup();
    const release = us.holdNext();
    const first = polling.runOne('spapi:acct-us');
    const second = polling.runOne('spapi:acct-us');
    release();
    await Promise.all([first, second]);
    expect(us.polls).toBe(1);
  });
});
