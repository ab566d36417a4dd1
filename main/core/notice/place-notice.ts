// Where a notice goes in the inbox. Pure. In order:
// 1. the same notice already there (pasted twice, or emailed and pasted): nothing changes;
// 2. a notification a report inferred about the same event (same account and marketplace,
//    sharing an ASIN, or of the same metric within the notice's date window): the notice is
//    attached to it and enriches it;
// 3. otherwise a new notification, whose id comes from account, marketplace and content.
import { notificationId } from '../notification-id';
import type { NoticeAttachment, PerformanceNotification, Severity } from '../schema';
import { canonicalNoticeText, noticeContentKey, sameNoticeText } from './content-key';
import { deadlineIn } from './deadline-in';
import { inboxGroupOf, noticeMetric } from './notice-metric';
import type { ParsedNotice } from './parse-notice';
import { withNotice } from './with-notice';

export interface NoticePlacementOrigin {
  kind: 'email' | 'paste';
  accountId: string;
  marketplaceId: string;
  receivedAt: string;
}

export type NoticePlacement =
  | { kind: 'duplicate'; id: string }
  | { kind: 'linked'; id: string; notification: PerformanceNotification; next: PerformanceNotification[] }
  | { kind: 'created'; id: string; notification: PerformanceNotification; next: PerformanceNotification[] };

const DAY_MS = 86_400_000;
/** How far before the notice's arrival a report may have seen the same event, and after. */
export const linkWindow = { beforeMs: 14 * DAY_MS, afterMs: 2 * DAY_MS };

export function placeNotice(
  inbox: readonly PerformanceNotification[],
  notice: ParsedNotice,
  origin: NoticePlacementOrigin,
  now: string,
): NoticePlacement {
  const canonical = canonicalNoticeText(notice.text);
  const contentKey = noticeContentKey(canonical);
  const here = inbox.filter((n) => n.accountId === origin.accountId && n.marketplaceId === origin.marketplaceId);

  const same = here.find(
    (n) =>
      n.notice !== undefined &&
      (n.notice.contentKey === contentKey || sameNoticeText(canonicalNoticeText(n.notice.text), canonical)),
  );
  if (same) return { kind: 'duplicate', id: same.id };

  const deadline = deadlineIn(notice, origin.marketplaceId);
  const attachment: NoticeAttachment = {
    origin: origin.kind,
    contentKey,
    receivedAt: origin.receivedAt,
    title: notice.title,
    text: notice.text,
    asins: notice.asins,
    policy: notice.policy,
    requiredAction: notice.requiredAction,
    deadline,
    deadlineText: notice.deadlineText,
    language: notice.language,
    links: notice.links,
  };
  const group = inboxGroupOf(notice.metricGroup);
  const metric = noticeMetric(notice);

  const inferred = sameEvent(here, notice, origin, metric, group);
  if (inferred) {
    const linked = { ...withNotice(inferred, attachment), notice: attachment };
    return {
      kind: 'linked',
      id: linked.id,
      notification: linked,
      next: inbox.map((n) => (n === inferred ? linked : n)),
    };
  }

  const key = `notice:${contentKey}`;
  const fields = {
    accountId: origin.accountId,
    marketplaceId: origin.marketplaceId,
    metric: metric ?? 'notice',
    key,
  };
  const created: PerformanceNotification = {
    ...fields,
    id: notificationId(fields),
    group,
    title: notice.title,
    text: notice.text,
    severity: noticeSeverity(notice),
    asins: notice.asins,
    ...(notice.policy === null ? {} : { policy: notice.policy }),
    ...(notice.requiredAction === null ? {} : { requiredAction: notice.requiredAction }),
    occurredAt: origin.receivedAt,
    deadline,
    source: origin.kind,
    receivedAt: now,
    status: 'open',
    resolvedAt: null,
    read: false,
    snoozedUntil: null,
    notice: attachment,
  };
  return { kind: 'created', id: created.id, notification: created, next: [...inbox, created] };
}

/** The open, not yet linked notification a report inferred about the same event, the closest in time. */
function sameEvent(
  here: readonly PerformanceNotification[],
  notice: ParsedNotice,
  origin: NoticePlacementOrigin,
  metric: string | null,
  group: PerformanceNotification['group'],
): PerformanceNotification | undefined {
  const received = Date.parse(origin.receivedAt);
  let best: PerformanceNotification | undefined;
  let bestDistance = Infinity;
  for (const n of here) {
    if (n.notice !== undefined || n.status !== 'open') continue;
    const sharesAsin = notice.asins.some((a) => n.asins.includes(a));
    const occurred = Date.parse(n.occurredAt);
    const inWindow = occurred >= received - linkWindow.beforeMs && occurred <= received + linkWindow.afterMs;
    const sameMetric = metric !== null ? n.metric === metric : n.group === group;
    if (!sharesAsin && !(sameMetric && inWindow)) continue;
    const distance = Math.abs(occurred - received);
    if (distance < bestDistance) {
      best = n;
      bestDistance = distance;
    }
  }
  return best;
}

/** An account notice is critical; a policy one (listings removed, a warning) high; a metric off target a warning. */
function noticeSeverity(notice: ParsedNotice): Severity {
  if (notice.metricGroup === 'account') return 'critical';
  if (notice.metricGroup === 'policy-compliance') return 'high';
  return 'warning';
}
