// The watched sources as a whole: what a failed poll or a failed save does to the status and the
// schedule, how sleep and the network hold the polls, and how replacing the sources keeps the
// ones that stay on their plan.
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../main/app/ports';
import { createPolling } from '../../../main/app/polling';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import type { Snapshot } from '../../../main/core/schema';
import { createFakeClock, type FakeClock } from '../../support/fake-clock';
import { snapshot } from '../../support/fixtures';
import { silentLogger } from '../../support/silent-logger';

const minute = 60_000;
type Logged = [level: string, message: string, fields: unknown];

/** A source whose polls succeed unless told to fail, and which records when it was polled. */
function fakeSource(id: string, clock: FakeClock, tookMs = 0) {
  const polledAt: number[] = [];
  let failWith: string | null = null;
  const source: Source = {
    id,
    minIntervalMs: minute,
    poll: async () => {
      polledAt.push(clock.now().getTime());
      if (tookMs > 0) await new Promise<void>((resolve) => clock.schedule(tookMs, resolve));
      if (failWith !== null) throw new Error(failWith);
      return snapshot([], { source: id, takenAt: clock.now().toISOString() });
    },
  };
  return {
    source,
    polledAt,
    fail: (message: string | null) => {
      failWith = message;
    },
  };
}

/** Polling of `sources` every 30 minutes; what the polls bring, and how they go, is dropped. */
function quietPolling(sources: Source[], clock: FakeClock) {
  return createPolling({
    sources,
    clock,
    logger: silentLogger,
    random: () => 0,
    intervalMs: () => 30 * minute,
    translator: () => translatorFor('en'),
    intake: () => {},
    statusChanged: () => {},
    pollFailed: () => {},
  });
}

function setup({ sourceIds = ['a'], tookMs = 0 } = {}) {
  const clock = createFakeClock();
  const logged: Logged[] = [];
  const logger = {
    info: () => {},
    warn: (message: string, fields?: unknown) => void logged.push(['warn', message, fields]),
    error: (message: string, fields?: unknown) => void logged.push(['error', message, fields]),
  };
  const t0 = clock.now().getTime();
  const fakes = sourceIds.map((id) => fakeSource(id, clock, tookMs));
  const taken: Snapshot[] = [];
  let saveFails: string | null = null;
  let failedPolls = 0;
  let statusChanges = 0;
  const polling = createPolling({
    sources: fakes.map((f) => f.source),
    clock,
    logger,
    random: () => 0,
    intervalMs: () => 30 * minute,
    translator: () => translatorFor('en'),
    intake: (s) => {
      if (saveFails !== null) throw new Error(saveFails);
      taken.push(s);
    },
    statusChanged: () => void statusChanges++,
    pollFailed: () => void failedPolls++,
  });
  const since = (times: number[]) => times.map((at) => (at - t0) / minute);
  return {
    clock,
    polling,
    fakes,
    taken,
    since,
    failSaves: (message: string | null) => {
      saveFails = message;
    },
    failedPolls: () => failedPolls,
    statusChanges: () => statusChanges,
    logged,
  };
}

describe('polling', () => {
  it('reports a failed poll: the error, when it was, a failed-poll signal, and a retry on the short schedule', async () => {
    const { clock, polling, fakes, since, failedPolls, logged } = setup();
    fakes[0]!.fail('Amazon is unreachable for Bluefin');
    polling.start();
    await clock.advance(0);
    expect(logged).toEqual([['warn', 'poll failed', { source: 'a', error: 'Amazon is unreachable for Bluefin' }]]);
    expect(polling.connectivity()).toBe('error');
    expect(polling.firstError()).toBe('Amazon is unreachable for Bluefin');
    expect(polling.lastPollAt()).toBe(clock.now().toISOString());
    expect(failedPolls()).toBe(1);
    fakes[0]!.fail(null);
    await clock.advance(minute);
    expect(since(fakes[0]!.polledAt)).toEqual([0, 1]);
    expect(polling.connectivity()).toBe('ok');
    expect(polling.firstError()).toBeUndefined();
  });

  it('counts a snapshot it could not save as a failed poll, in the seller’s words, and retries soon', async () => {
    const { clock, polling, fakes, since, failSaves, failedPolls, taken, logged } = setup();
    failSaves('disk full');
    polling.start();
    await clock.advance(0);
    expect(logged).toEqual([['error', 'applying a snapshot failed', { source: 'a', error: 'disk full' }]]);
    expect(polling.connectivity()).toBe('error');
    expect(polling.firstError()).toBe('could not save the new notifications: disk full');
    expect(failedPolls()).toBe(0);
    failSaves(null);
    await clock.advance(minute);
    expect(since(fakes[0]!.polledAt)).toEqual([0, 1]);
    expect(taken).toHaveLength(1);
    expect(polling.connectivity()).toBe('ok');
    await clock.advance(30 * minute);
    expect(since(fakes[0]!.polledAt)).toEqual([0, 1, 31]);
  });

  it('tells the status when a poll starts and when it ends', async () => {
    const { clock, polling, statusChanges } = setup({ tookMs: 5_000 });
    polling.start();
    const planned = statusChanges();
    await clock.advance(1);
    expect(polling.polling()).toBe(true);
    const started = statusChanges();
    expect(started).toBeGreaterThan(planned);
    await clock.advance(5_000);
    expect(polling.polling()).toBe(false);
    expect(statusChanges()).toBeGreaterThan(started);
  });

  it('tells the status when a plan moves', async () => {
    const { clock, polling, statusChanges } = setup();
    polling.start();
    await clock.advance(minute);
    const before = statusChanges();
    polling.reschedule();
    expect(statusChanges()).toBe(before + 1);
  });

  it('is in error while any one source is, and names the first failing source’s error', async () => {
    const { clock, polling, fakes } = setup({ sourceIds: ['a', 'b', 'c'] });
    fakes[1]!.fail('b failed');
    fakes[2]!.fail('c failed');
    polling.start();
    await clock.advance(0);
    expect(polling.connectivity()).toBe('error');
    expect(polling.firstError()).toBe('b failed');
  });

  it('is polling while any one source is', async () => {
    const { clock, polling, fakes } = setup();
    polling.start();
    await clock.advance(0);
    const slow = fakeSource('slow', clock, 5_000);
    await polling.replace([fakes[0]!.source, slow.source]);
    await clock.advance(1);
    expect(polling.polling()).toBe(true);
    await clock.advance(5_000);
    expect(polling.polling()).toBe(false);
  });

  it('gives the latest poll of any source and the earliest next one, whatever their order', async () => {
    const { clock, polling, fakes } = setup({ sourceIds: ['a', 'b'] });
    expect(polling.lastPollAt()).toBeNull();
    expect(polling.nextPollAt()).toBeNull();
    const t0 = clock.now().getTime();
    polling.start();
    await clock.advance(10 * minute);
    const late = fakeSource('late', clock);
    await polling.replace([late.source, ...fakes.map((f) => f.source)]);
    await clock.advance(0);
    // a and b polled at 0 and are next at 30; the late one polled at 10 and is next at 40
    expect(polling.lastPollAt()).toBe(new Date(t0 + 10 * minute).toISOString());
    expect(polling.nextPollAt()).toBe(new Date(t0 + 30 * minute).toISOString());
  });

  it('holds every source while offline and polls at once when the network comes back', async () => {
    const { clock, polling, fakes, since } = setup({ sourceIds: ['a', 'b'] });
    polling.start();
    await clock.advance(minute);
    expect(polling.connectivityChanged(false)).toBe(false);
    expect(polling.connectivity()).toBe('offline');
    expect(polling.nextPollAt()).toBeNull();
    await clock.advance(60 * minute);
    expect(polling.connectivityChanged(false)).toBe(false);
    expect(polling.connectivityChanged(true)).toBe(true);
    expect(polling.connectivityChanged(true)).toBe(false);
    await clock.advance(0);
    expect(fakes.map((f) => since(f.polledAt))).toEqual([
      [0, 61],
      [0, 61],
    ]);
  });

  it('holds every source through a system sleep, and says on waking whether they may poll', async () => {
    const { clock, polling, fakes, since } = setup();
    polling.start();
    await clock.advance(minute);
    polling.systemSuspended();
    await clock.advance(60 * minute);
    expect(since(fakes[0]!.polledAt)).toEqual([0]);
    expect(polling.systemResumed()).toBe(true);
    await clock.advance(0);
    expect(since(fakes[0]!.polledAt)).toEqual([0, 61]);
    polling.connectivityChanged(false);
    polling.systemSuspended();
    expect(polling.systemResumed()).toBe(false);
  });

  it('keeps a source passed again on its plan, starts a new one at once and stops one gone', async () => {
    const clock = createFakeClock();
    const t0 = clock.now().getTime();
    const [a, b, c] = ['a', 'b', 'c'].map((id) => fakeSource(id, clock));
    const polling = quietPolling([a!.source, b!.source], clock);
    polling.start();
    await clock.advance(minute);
    await polling.replace([a!.source, c!.source]);
    await clock.advance(60 * minute);
    const since = (times: number[]) => times.map((at) => (at - t0) / minute);
    expect(since(a!.polledAt)).toEqual([0, 30, 60]);
    expect(since(b!.polledAt)).toEqual([0]);
    expect(since(c!.polledAt)).toEqual([1, 31, 61]);
  });

  it('starts nothing new when replaced before start, and holds a new source while offline', async () => {
    const clock = createFakeClock();
    const [a, b] = ['a', 'b'].map((id) => fakeSource(id, clock));
    const polling = quietPolling([a!.source], clock);
    await polling.replace([a!.source, b!.source]);
    await clock.advance(minute);
    expect(b!.polledAt).toEqual([]);
    polling.start();
    await clock.advance(0);
    polling.connectivityChanged(false);
    const [c] = ['c'].map((id) => fakeSource(id, clock));
    await polling.replace([a!.source, b!.source, c!.source]);
    await clock.advance(60 * minute);
    expect(c!.polledAt).toEqual([]);
    expect(polling.nextPollAt()).toBeNull();
    // the new source has never polled: the last poll is still the others'
    expect(polling.lastPollAt()).toBe(new Date(a!.polledAt[0]!).toISOString());
  });

  it('stops: no more polls, none started for a source added after, and no timer left', async () => {
    const { clock, polling, fakes, since } = setup();
    polling.start();
    await clock.advance(minute);
    await polling.stop();
    const added = fakeSource('added', clock);
    await polling.replace([fakes[0]!.source, added.source]);
    await clock.advance(60 * minute);
    expect(since(fakes[0]!.polledAt)).toEqual([0]);
    expect(added.polledAt).toEqual([]);
    expect(clock.pending()).toBe(0);
  });
});
