// One notification in full. Amazon's text (and anything a source or an email carried) is shown
// as text, never as HTML.
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { isSnoozed, isUnread } from '../../../main/core/inbox/unread';
import type { InboxView, PerformanceNotification } from '../../../preload/contract';
import { hrefFor } from '../../app/route';
import { useFlagwatch } from '../../app/store-context';
import { useNow } from '../../app/use-now';
import { formatDateTime, formatTimeLeft } from '../../format/dates';
import { groupLabel, marketplaceLabel, metricLabel } from '../../format/labels';
import { accountName, findNotification } from '../../state/inbox-selectors';
import { SeverityTag } from '../SeverityTag';
import { When } from '../When';

const oneDayMs = 24 * 60 * 60 * 1000;

/** `focusHeading`: move the keyboard focus to the title (the seller navigated here). */
export function NotificationDetail({ id, focusHeading }: { id: string; focusHeading: boolean }) {
  const inbox = useFlagwatch((s) => s.inbox);
  const heading = useRef<HTMLHeadingElement>(null);
  const found = inbox ? findNotification(inbox, id) : undefined;
  const isFound = found !== undefined;

  // Again once the notification turns up: the inbox may arrive after the navigation.
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading, id, isFound]);

  if (!inbox) return <p className="loading">Loading notifications…</p>;
  return (
    <article aria-labelledby="detail-title" className="detail">
      <a href={hrefFor({ view: 'inbox' })} className="back-link">
        <span aria-hidden="true">← </span>Back to inbox
      </a>
      {found ? (
        <Details notification={found} view={inbox} headingRef={heading} />
      ) : (
        <>
          <h2 id="detail-title" ref={heading} tabIndex={-1}>
            Notification not found
          </h2>
          <p>It is no longer in the inbox. It may have been removed by its source.</p>
        </>
      )}
    </article>
  );
}

function Details({
  notification: n,
  view,
  headingRef,
}: {
  notification: PerformanceNotification;
  view: InboxView;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const setRead = useFlagwatch((s) => s.setRead);
  const snooze = useFlagwatch((s) => s.snooze);
  const now = useNow();
  const asinsLabel = useId();
  const snoozed = isSnoozed(n, now);

  return (
    <>
      <header className="detail-header">
        <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
          {n.title}
        </h2>
        <p className="detail-tags">
          <SeverityTag severity={n.severity} />
          {isUnread(n, now) && <span className="tag tag-unread">Unread</span>}
          {n.status === 'resolved' && <span className="tag">Resolved</span>}
          {snoozed && <span className="tag">Snoozed</span>}
        </p>
      </header>

      <div className="detail-actions">
        <button type="button" onClick={() => void setRead(n.id, !n.read)}>
          {n.read ? 'Mark as unread' : 'Mark as read'}
        </button>
        {n.status === 'open' &&
          (snoozed ? (
            <button type="button" onClick={() => void snooze(n.id, null)}>
              Stop snoozing
            </button>
          ) : (
            <button type="button" onClick={() => void snooze(n.id, new Date(Date.now() + oneDayMs).toISOString())}>
              Snooze 1 day
            </button>
          ))}
      </div>

      <p className="detail-text">{n.text}</p>

      <dl className="fields">
        <Field name="Account">{accountName(view, n.accountId)}</Field>
        <Field name="Marketplace">{marketplaceLabel(n.marketplaceId)}</Field>
        <Field name="Metric group">{groupLabel(n.group)}</Field>
        <Field name="Metric">{metricLabel(n.metric)}</Field>
        <Field name="Severity">
          <SeverityTag severity={n.severity} />
        </Field>
        <Field name="Policy">{n.policy ?? 'Not stated'}</Field>
        <Field name="Required action">{n.requiredAction ?? 'Not stated'}</Field>
        <Field name="ASINs" id={asinsLabel}>
          {n.asins.length === 0 ? (
            'None listed'
          ) : (
            <ul aria-labelledby={asinsLabel} className="asins">
              {n.asins.map((asin) => (
                <li key={asin}>{asin}</li>
              ))}
            </ul>
          )}
        </Field>
        <Field name="Occurred">
          <When iso={n.occurredAt} />
        </Field>
        <Field name="Received">
          <When iso={n.receivedAt} />
        </Field>
        <Field name="Deadline">
          {n.deadline ? (
            <>
              <When iso={n.deadline} /> ({formatTimeLeft(n.deadline, now)})
            </>
          ) : (
            'None'
          )}
        </Field>
        <Field name="Status">{statusText(n, snoozed)}</Field>
      </dl>
    </>
  );
}

function Field({ name, id, children }: { name: string; id?: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt id={id}>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** "Open · Unread", "Open · Snoozed until 5 Nov 2026, 10:00 · Read", "Resolved on ... · Read". */
function statusText(n: PerformanceNotification, snoozed: boolean): string {
  const parts = [
    n.status === 'resolved' ? (n.resolvedAt ? `Resolved on ${formatDateTime(n.resolvedAt)}` : 'Resolved') : 'Open',
  ];
  if (snoozed && n.snoozedUntil) parts.push(`Snoozed until ${formatDateTime(n.snoozedUntil)}`);
  parts.push(n.read ? 'Read' : 'Unread');
  return parts.join(' · ');
}
