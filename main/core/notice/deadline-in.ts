// A notice's deadline once its marketplace is known: a stated date ends at the end of that day in
// the marketplace's own time (Amazon's "by 5 December" on amazon.co.jp ends in Tokyo); a period
// counted from the notice's arrival needs no place.
import { marketplaceById } from '../catalog/marketplaces';
import { endOfDayIn } from '../clocks/end-of-day';
import type { ParsedNotice } from './parse-notice';

export function deadlineIn(
  notice: Pick<ParsedNotice, 'deadline' | 'deadlineDay'>,
  marketplaceId: string,
): string | null {
  if (notice.deadlineDay === null) return notice.deadline;
  return endOfDayIn(notice.deadlineDay, marketplaceById(marketplaceId).timeZone);
}
