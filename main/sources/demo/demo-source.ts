// The embedded default source: two simulated seller accounts whose performance drifts, breaks
// and recovers on a schedule drawn from a seed. A snapshot is a pure function of the seed, the
// time origin and the clock reading.
import type { Clock, Source } from '../../app/ports';
import { translatorFor } from '../../core/i18n/catalogues';
import type { Translator } from '../../core/i18n/translator';
import type { Account, MetricReading, Snapshot } from '../../core/schema';
import { demoAccounts } from './accounts';
import { demoTarget, readingValue } from './drift';
import { orderCounts } from './order-counts';
import { notificationOf } from './render';
import { reportedMetrics } from './scenario';
import { simulatedClock, type TimeOrigin } from './simulated-clock';
import { createTimeline, type DemoEvent } from './timeline';

export interface DemoSourceOptions {
  /** Same seed, same ASINs, values and schedule. */
  seed: number | string;
  /** Simulated time per wall time: 1 is a realistic pace, 3600 brings a notification every few seconds. */
  speed: number;
  clock: Pick<Clock, 'now'>;
  /**
   * Time zero of the demo's story. Persist it and pass it back after a restart so the story
   * continues where it was; defaults to the clock's reading at creation (a fresh install).
   */
  startedAt?: Date;
  /**
   * Where simulated time stands at a wall time, for continuing at a new speed without a jump:
   * pass `{ wall: now, simulated: previousSource.simulatedNow() }`. Defaults to `startedAt` on both.
   */
  resumeFrom?: TimeOrigin;
  /**
   * The language of the notification texts: the app's when the source is opened. English when
   * absent. A notification keeps its id in every language, so a change never duplicates one.
   */
  t?: Translator;
}

export interface DemoSource extends Source {
  readonly startedAt: Date;
  /** Where the simulation stands now (ahead of the wall clock when speed > 1). */
  simulatedNow(): Date;
}

export function createDemoSource(options: DemoSourceOptions): DemoSource {
  const seed = String(options.seed);
  const t = options.t ?? translatorFor('en');
  const startedAt = new Date(options.startedAt ?? options.clock.now());
  const simulation = simulatedClock(options.resumeFrom ?? { wall: startedAt, simulated: startedAt }, options.speed);
  const timeline = createTimeline(seed, startedAt.getTime());
  const accounts: Account[] = demoAccounts.map((a) => ({
    id: a.id,
    name: a.name,
    source: 'demo',
    sellerId: a.sellerId,
    marketplaceIds: [...a.marketplaceIds],
  }));

  const valueAtArrival = (event: DemoEvent) =>
    readingValue({
      seed,
      account: event.account,
      marketplaceId: event.marketplaceId,
      metric: event.template.metric,
      simulatedMs: event.occurredAt,
      open: timeline.openAt(event.occurredAt),
    });

  function snapshotAt(now: Date): Snapshot {
    const simulatedMs = simulation.simulatedAt(now);
    const open = timeline.openAt(simulatedMs);
    const takenAt = now.toISOString();
    const metrics: MetricReading[] = demoAccounts.flatMap((account) =>
      account.marketplaceIds.flatMap((marketplaceId) =>
        reportedMetrics.map(({ metric }): MetricReading => {
          const reading = {
            accountId: account.id,
            marketplaceId,
            metric,
            value: readingValue({ seed, account, marketplaceId, metric, simulatedMs, open }),
            target: demoTarget(metric, marketplaceId),
            at: takenAt,
          };
          return { ...reading, ...orderCounts(seed, reading, reading.target) };
        }),
      ),
    );
    return {
      source: 'demo',
      takenAt,
      accounts,
      metrics,
      notifications: open.map((event) =>
        notificationOf({ event, valueAtArrival: valueAtArrival(event), wallAt: simulation.wallAt, t }),
      ),
    };
  }

  return {
    id: 'demo',
    // Nothing to protect: the floor only keeps a runaway scheduler from spinning.
    minIntervalMs: 1_000,
    // Its deadlines run at the story's speed, and so do the reminders before them.
    timeScale: options.speed,
    startedAt,
    simulatedNow: () => new Date(simulation.simulatedAt(options.clock.now())),
    async poll(signal) {
      signal?.throwIfAborted();
      return snapshotAt(options.clock.now());
    },
  };
}
