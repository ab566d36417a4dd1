// The demo's story replayed: the first `periodMs` of it (app time) told again and again, every
// date moved into the present. The same events come back under the same ids, so the inbox stops
// growing once the first period is over (an event resolved at the end of one period opens again
// in the next, as Amazon may re-open one), which is what a soak needs to tell a leak from data.
// It counts how many times each notification opened, so a native notification shown more often
// than its notification opened is a duplicate.
import type { Clock, Source } from '../main/app/ports';
import { notificationId } from '../main/core/notification-id';
import type { Snapshot } from '../main/core/schema';
import { createDemoSource } from '../main/sources/demo/demo-source';

export interface ReplayingDemo extends Source {
  /** By notification id: how many times it went from absent (or resolved) to open. */
  readonly openings: ReadonlyMap<string, number>;
  /** The distinct notifications the story has brought so far. */
  readonly distinct: number;
}

export function replayingDemoSource(options: {
  clock: Clock;
  periodMs: number;
  seed: number;
  speed: number;
}): ReplayingDemo {
  const { clock, periodMs } = options;
  const start = clock.now().getTime();
  const cycleOf = (ms: number) => Math.floor((ms - start) / periodMs);
  // The demo sees only the first period: its clock goes back to the start at each new one.
  const demo = createDemoSource({
    seed: options.seed,
    speed: options.speed,
    startedAt: new Date(start),
    clock: { now: () => new Date(start + ((clock.now().getTime() - start) % periodMs)) },
  });
  const openings = new Map<string, number>();
  let open = new Set<string>();
  return {
    id: 'demo',
    minIntervalMs: demo.minIntervalMs,
    timeScale: demo.timeScale,
    get openings() {
      return openings;
    },
    get distinct() {
      return openings.size;
    },
    async poll(signal) {
      const shift = cycleOf(clock.now().getTime()) * periodMs;
      const snapshot = inPresent(await demo.poll(signal), shift);
      const now = new Set(snapshot.notifications.map(notificationId));
      for (const id of now) if (!open.has(id)) openings.set(id, (openings.get(id) ?? 0) + 1);
      open = now;
      return snapshot;
    },
  };
}

/** Every date of the snapshot moved `shiftMs` later; keys (and so ids) unchanged. */
function inPresent(snapshot: Snapshot, shiftMs: number): Snapshot {
  const later = (iso: string) => new Date(Date.parse(iso) + shiftMs).toISOString();
  return {
    ...snapshot,
    takenAt: later(snapshot.takenAt),
    metrics: snapshot.metrics.map((m) => ({
      ...m,
      at: later(m.at),
      ...(m.window && { window: { from: later(m.window.from), to: later(m.window.to) } }),
    })),
    notifications: snapshot.notifications.map((n) => ({
      ...n,
      occurredAt: later(n.occurredAt),
      deadline: n.deadline === null ? null : later(n.deadline),
    })),
  };
}
