// One line of the appeals list: what the appeal answers, where it stands, and its clock.
import type { PerformanceNotification } from '../schema';
import type { Appeal } from './appeal-schema';
import type { AppealSummary } from './appeal-views';
import { appealClock, appealStatus, attemptsSummary } from './attempts';
import { currentContent } from './versions';

const titleLength = 80;

export function appealSummary(appeal: Appeal, notification: PerformanceNotification | undefined): AppealSummary {
  const attempts = attemptsSummary(appeal);
  return {
    id: appeal.id,
    notificationId: appeal.notificationId,
    accountId: appeal.accountId,
    marketplaceId: appeal.marketplaceId,
    title: notification?.title ?? firstWords(currentContent(appeal).amazon.text),
    language: appeal.language,
    status: appealStatus(appeal),
    attemptsUsed: attempts.used,
    attemptLimit: attempts.limit,
    // The deadline does not depend on the moment asked, only on the appeal.
    deadline: appealClock(appeal, new Date(0)).deadline,
    updatedAt: appeal.updatedAt,
  };
}

/** The first line of what Amazon said, cut at a word where it is long. */
function firstWords(text: string): string {
  const line = text.trim().split('\n', 1)[0] ?? '';
  if (line.length <= titleLength) return line;
  const cut = line.slice(0, titleLength);
  const space = cut.lastIndexOf(' ');
  return `${space > titleLength / 2 ? cut.slice(0, space) : cut}…`;
}
