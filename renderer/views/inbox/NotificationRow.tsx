// One notification in the list: its title is the link to the detail; the rest describes it, and
// two buttons mark it read or unread and snooze it. The title is Amazon's own text, as written. A
// deadline shows its live countdown (one ticker for the whole list, not a timer per row).
import { memo, useId } from 'react';
import { isSnoozed, isUnread } from '../../../main/core/inbox/unread';
import type { InboxView, PerformanceNotification } from '../../../preload/contract';
import { hrefFor } from '../../app/route';
import { useFlagwatch } from '../../app/store-context';
import { marketplaceCode, marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { accountName } from '../../state/inbox-selectors';
import { DeadlinePhrase } from '../clocks/DeadlinePhrase';
import { MomentPhrase } from '../MomentPhrase';
import { SeverityTag } from '../SeverityTag';

/** Memoised: a keystroke in the search re-renders the list, but rows that stay need not render again. */
export const NotificationRow = memo(function NotificationRow({
  notification: n,
  view,
  now,
  onSnooze,
}: {
  notification: PerformanceNotification;
  view: InboxView;
  now: Date;
  onSnooze: (n: PerformanceNotification) => void;
}) {
  const i18n = useTranslator();
  const setRead = useFlagwatch((s) => s.setRead);
  const describedBy = useId();
  const unread = isUnread(n, now);

  return (
    <>
      <a
        href={hrefFor({ view: 'notification', id: n.id })}
        aria-label={unread ? i18n.t('inbox.row.unreadLabel', { title: n.title }) : n.title}
        aria-describedby={describedBy}
        className="row-link"
      >
        {unread && <span className="unread-dot" aria-hidden="true" />}
        <span className="row-title">{n.title}</span>
      </a>
      <div className="row-body">
        <p id={describedBy} className="row-meta">
          <SeverityTag severity={n.severity} />
          <span>{accountName(view, n.accountId)}</span>
          <abbr title={marketplaceLabel(i18n, n.marketplaceId)}>{marketplaceCode(n.marketplaceId)}</abbr>
          <span>
            <MomentPhrase message="inbox.row.received" iso={n.receivedAt} />
          </span>
          {n.deadline && (
            <span className="row-deadline">
              <DeadlinePhrase message="inbox.row.deadline" deadline={n.deadline} />
            </span>
          )}
          {n.status === 'resolved' && n.resolvedAt && (
            <span>
              <MomentPhrase message="inbox.row.resolvedAt" iso={n.resolvedAt} />
            </span>
          )}
          {n.status === 'open' && n.snoozedUntil && isSnoozed(n, now) && (
            <span>
              <MomentPhrase message="inbox.row.snoozedUntil" iso={n.snoozedUntil} />
            </span>
          )}
        </p>
        <span className="row-actions">
          <button
            type="button"
            className="small"
            aria-label={i18n.t(n.read ? 'inbox.row.markUnreadLabel' : 'inbox.row.markReadLabel', { title: n.title })}
            onClick={() => void setRead(n.id, !n.read)}
          >
            {i18n.t(n.read ? 'inbox.row.markUnread' : 'inbox.row.markRead')}
          </button>
          {n.status === 'open' && (
            <button
              type="button"
              className="small"
              aria-label={i18n.t('inbox.row.snoozeLabel', { title: n.title })}
              onClick={() => onSnooze(n)}
            >
              {i18n.t('inbox.row.snooze')}
            </button>
          )}
        </span>
      </div>
    </>
  );
});
