// Refused connections, logged without letting a flood of them flood the log: the first refusal of
// each minute is logged with its reason, the rest of that minute are counted and reported in one
// line when the next minute's first refusal comes (or when the server closes).
import type { Logger } from '../../app/ports';

const windowMs = 60_000;

export interface RefusalLog {
  refused(fields: { status: number; reason: string }): void;
  /** Reports what is still counted; called when the server closes. */
  flush(): void;
}

export function createRefusalLog(logger: Logger, now: () => number = Date.now): RefusalLog {
  let windowStart = -Infinity;
  let counted = 0;

  function flush(): void {
    if (counted > 0) logger.warn('refused more websocket connections', { count: counted, withinMs: windowMs });
    counted = 0;
  }

  return {
    refused(fields) {
      const at = now();
      if (at - windowStart < windowMs) {
        counted++;
        return;
      }
      flush();
      windowStart = at;
      logger.warn('refused a websocket connection', fields);
    },
    flush,
  };
}
