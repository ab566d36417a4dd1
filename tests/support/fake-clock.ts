// A controllable clock: time moves only when a test says so, and due timers run in order.
import type { Clock, TimerHandle } from '../../main/app/ports';

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

export interface FakeClock extends Clock {
  /** Moves time forward, running each timer that falls due (and letting its promises settle). */
  advance(ms: number): Promise<void>;
  pending(): number;
}

export function createFakeClock(start = new Date('2026-11-02T09:00:00.000Z')): FakeClock {
  let now = start.getTime();
  let seq = 0;
  let timers: Timer[] = [];

  const settle = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
  };

  return {
    now: () => new Date(now),
    schedule(ms, fn): TimerHandle {
      const timer = { at: now + Math.max(0, ms), seq: seq++, fn };
      timers.push(timer);
      return { cancel: () => (timers = timers.filter((t) => t !== timer)) };
    },
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = Math.max(now, due.at);
        due.fn();
        await settle();
      }
      now = end;
    },
    pending: () => timers.length,
  };
}
