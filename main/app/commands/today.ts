// The contract's Today command: the morning digest's facts as of now, with the days in a row the
// seller has looked at Flagwatch. The window asks when it opens, so asking counts as a look.
import type { CommandHandlers } from '../../../preload/contract';
import type { DigestSummary } from '../../core/digest/digest-summary';
import type { VisitLog } from '../visit-log';

export type TodayHandlers = Pick<CommandHandlers, 'today.get'>;

export function createTodayHandlers(deps: { summary(): DigestSummary; visits: VisitLog }): TodayHandlers {
  return {
    'today.get': () => {
      deps.visits.record();
      return { ...deps.summary(), daysInARow: deps.visits.daysInARow() };
    },
  };
}
