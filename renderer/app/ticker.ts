// One clock for every live countdown in the window: a single interval, running only while a
// countdown is on screen, instead of a timer per row. Each countdown reads the time of the last
// tick, so all of them agree, and re-renders only when its own words change.

export interface Ticker {
  /** Called on every tick while subscribed; answers how to stop. */
  subscribe(listener: () => void): () => void;
  /** The time of the last tick (ms), or the time now while nothing is subscribed. */
  now(): number;
}

export function createTicker(everyMs: number): Ticker {
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | null = null;
  let last = 0;

  function tick(): void {
    last = Date.now();
    for (const listener of listeners) listener();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (timer === null) {
        last = Date.now();
        timer = setInterval(tick, everyMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || timer === null) return;
        clearInterval(timer);
        timer = null;
      };
    },
    now: () => (timer === null ? Date.now() : last),
  };
}
