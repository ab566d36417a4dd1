// How a notification found in a report is completed: its account and marketplace, when it
// occurred (carried over from the previous report while it stays open) and its deadline.
import type { Translator } from '../../../core/i18n/translator';
import type { SourceNotification } from '../../../core/schema';

const HOUR_MS = 3_600_000;

export interface ReportContext {
  accountId: string;
  /** When the report was fetched (ISO): the readings' time, and when new notifications occurred. */
  at: string;
  /** The language the notifications are written in; their keys, and so their ids, do not depend on it. */
  translator: Translator;
}

type NotificationFields = Pick<SourceNotification, 'group' | 'metric' | 'key' | 'title' | 'text' | 'severity'> & {
  deadlineHours?: number | null;
};
export type BuildNotification = (fields: NotificationFields) => SourceNotification;

/**
 * Fills in account, marketplace and times. A notification already open in the previous
 * conversion keeps its `occurredAt`, so a deadline counts from when the problem first showed.
 */
export function notificationBuilder(
  context: ReportContext,
  marketplaceId: string,
  previous: readonly SourceNotification[],
): BuildNotification {
  return ({ deadlineHours, ...fields }) => {
    const before = previous.find(
      (n) => n.marketplaceId === marketplaceId && n.metric === fields.metric && n.key === fields.key,
    );
    const occurredAt = before?.occurredAt ?? context.at;
    const deadline =
      deadlineHours === undefined || deadlineHours === null
        ? null
        : new Date(Date.parse(occurredAt) + deadlineHours * HOUR_MS).toISOString();
    return { accountId: context.accountId, marketplaceId, asins: [], occurredAt, deadline, ...fields };
  };
}
