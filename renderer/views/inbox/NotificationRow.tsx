// One notification in a list: its title is the link to the detail; the rest describes it.
// The title is Amazon's (or the source's) own text and stays as written.
import { useId, type ReactNode } from 'react';
import { isUnread } from '../../../main/core/inbox/unread';
import type { InboxView, PerformanceNotification } from '../../../preload/contract';
import { hrefFor } from '../../app/route';
import { formatTimeLeft } from '../../format/dates';
import { marketplaceCode, marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { accountName } from '../../state/inbox-selectors';
import { MomentPhrase } from '../MomentPhrase';
import { SeverityTag } from '../SeverityTag';

export function NotificationRow({
  notification: n,
  view,
  now,
  note,
}: {
  notification: PerformanceNotification;
  view: InboxView;
  now: Date;
  /** A line for lists with a special state ("Snoozed until ..."). */
  note?: ReactNode;
}) {
  const i18n = useTranslator();
  const describedBy = useId();
  const unread = isUnread(n, now);

  return (
    <li className={unread ? 'row row-unread' : 'row'}>
      <a
        href={hrefFor({ view: 'notification', id: n.id })}
        aria-label={unread ? i18n.t('inbox.row.unreadLabel', { title: n.title }) : n.title}
        aria-describedby={describedBy}
        className="row-link"
      >
        {unread && <span className="unread-dot" aria-hidden="true" />}
        <span className="row-title">{n.title}</span>
      </a>
      <p id={describedBy} className="row-meta">
        <SeverityTag severity={n.severity} />
        <span>{accountName(view, n.accountId)}</span>
        <abbr title={marketplaceLabel(i18n, n.marketplaceId)}>{marketplaceCode(n.marketplaceId)}</abbr>
        <span>
          <MomentPhrase message="inbox.row.received" iso={n.receivedAt} />
        </span>
        {n.deadline && (
          <span className="row-deadline">
            <MomentPhrase
              message="inbox.row.deadline"
              iso={n.deadline}
              values={{ left: formatTimeLeft(i18n, n.deadline, now) }}
            />
          </span>
        )}
        {note && <span>{note}</span>}
      </p>
    </li>
  );
}
