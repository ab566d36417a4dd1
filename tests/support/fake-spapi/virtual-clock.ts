// Simulated time for code that does real loopback I/O: time jumps to the next timer only when
// no HTTP exchange is in flight, so a client waiting out rate limits and report processing runs
// a simulated day in seconds, while the server sees exactly the simulated instants.
import type { Clock, TimerHandle } from '../../../main/app/ports';

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

export interface VirtualClock extends Clock {
  /** A fetch whose exchanges (body included) hold the clock still while in flight. */
  readonly fetch: typeof fetch;
  /** Runs timers as the work allows until `work` settles; returns its outcome. */
  drive<T>(work: Promise<T>): Promise<T>;
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

export function createVirtualClock(start = new Date('2026-11-02T00:00:00.000Z')): VirtualClock {
  let now = start.getTime();
  let seq = 0;
  let timers: Timer[] = [];
  let inFlight = 0;

  const trackedFetch: typeof fetch = async (input, init) => {
    inFlight++;
    try {
      const response = await fetch(input, init);
      const body = await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } finally {
      inFlight--;
    }
  };

  return {
    now: () => new Date(now),
    schedule(ms, fn): TimerHandle {
      const timer = { at: now + Math.max(0, ms), seq: seq++, fn };
      timers.push(timer);
      return { cancel: () => (timers = timers.filter((t) => t !== timer)) };
    },
    fetch: trackedFetch,
    async drive(work) {
      let done = false;
      const finished = work.then(
        () => (done = true),
        () => (done = true),
      );
      while (!done) {
        await settle();
        if (done) break;
        if (inFlight > 0) {
          await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 1))]);
          continue;
        }
        const due = timers.reduce<Timer | undefined>(
          (a, t) => (!a || t.at < a.at || (t.at === a.at && t.seq < a.seq) ? t : a),
          undefined,
        );
        if (!due) {
          // Nothing scheduled and nothing in flight: give other real work (streams, zlib) a moment.
          await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 5))]);
          continue;
        }
        timers = timers.filter((t) => t !== due);
        now = Math.max(now, due.at);
        due.fn();
      }
      return work;
    },
  };
}
