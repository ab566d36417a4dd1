// The days the seller has looked at Flagwatch: the window opened (it asks for Today's summary
// when it opens) or a notification acted on. Once a day is enough; the rest costs no write.
import { localDay } from '../core/digest/local-day';
import { daysInARow, withVisit } from '../core/digest/streak';
import type { Clock, DigestDocument, DocumentStore } from './ports';

export interface VisitLog {
  /** Today counts as a day the seller looked. */
  record(): void;
  daysInARow(): number;
}

export function createVisitLog(store: DocumentStore<DigestDocument>, clock: Clock): VisitLog {
  return {
    record() {
      const today = localDay(clock.now());
      const document = store.read();
      if (document.visitedDays.at(-1) === today) return;
      store.write({ ...document, visitedDays: withVisit(document.visitedDays, today) });
    },
    daysInARow: () => daysInARow(store.read().visitedDays, localDay(clock.now())),
  };
}
