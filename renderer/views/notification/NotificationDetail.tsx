// One notification in full. Amazon's text (and anything a source or an email carried) is shown
// as text, never as HTML.
import { useEffect, useId, useRef, type RefObject } from 'react';
import { isSnoozed, isUnread } from '../../../main/core/inbox/unread';
import type { Translator } from '../../../main/core/i18n/translator';
import type { InboxView, PerformanceNotification } from '../../../preload/contract';
import { hrefFor } from '../../app/route';
import { useFlagwatch } from '../../app/store-context';
import { useNow } from '../../app/use-now';
import { formatDateTime } from '../../format/dates';
import { groupLabel, marketplaceLabel, metricLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { accountName, findNotification } from '../../state/inbox-selectors';
import { NoticeLinks } from '../notice/NoticeLinks';
import { DeadlinePhrase } from '../clocks/DeadlinePhrase';
import { Field } from '../Field';
import { SeverityTag } from '../SeverityTag';
import { When } from '../When';
import { AppealAction } from './AppealAction';
import { NoticeSection } from './NoticeSection';
import './notification.css';

const oneDayMs = 24 * 60 * 60 * 1000;

/** `focusHeading`: move the keyboard focus to the title (the seller navigated here). */
export function NotificationDetail({ id, focusHeading }: { id: string; focusHeading: boolean }) {
  const inbox = useFlagwatch((s) => s.inbox);
  const i18n = useTranslator();
  const heading = useRef<HTMLHeadingElement>(null);
  const found = inbox ? findNotification(inbox, id) : undefined;
  const isFound = found !== undefined;

  // Again once the notification turns up: the inbox may arrive after the navigation.
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading, id, isFound]);

  if (!inbox) return <p className="loading">{i18n.t('inbox.loading')}</p>;
  return (
    <article aria-labelledby="detail-title" className="detail">
      <a href={hrefFor({ view: 'inbox' })} className="back-link">
        <span aria-hidden="true">← </span>
        {i18n.t('notification.back')}
      </a>
      {found ? (
        <Details notification={found} view={inbox} headingRef={heading} />
      ) : (
        <>
          <h2 id="detail-title" ref={heading} tabIndex={-1}>
            {i18n.t('notification.notFound.title')}
          </h2>
          <p>{i18n.t('notification.notFound.text')}</p>
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
  const i18n = useTranslator();
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
          {isUnread(n, now) && <span className="tag tag-unread">{i18n.t('notification.tag.unread')}</span>}
          {n.status === 'resolved' && <span className="tag">{i18n.t('notification.tag.resolved')}</span>}
          {snoozed && <span className="tag">{i18n.t('notification.tag.snoozed')}</span>}
        </p>
      </header>

      <div className="detail-actions">
        <button type="button" onClick={() => void setRead(n.id, !n.read)}>
          {i18n.t(n.read ? 'notification.markUnread' : 'notification.markRead')}
        </button>
        {n.status === 'open' &&
          (snoozed ? (
            <button type="button" onClick={() => void snooze(n.id, null)}>
              {i18n.t('notification.stopSnoozing')}
            </button>
          ) : (
            <button type="button" onClick={() => void snooze(n.id, new Date(Date.now() + oneDayMs).toISOString())}>
              {i18n.t('notification.snoozeDay')}
            </button>
          ))}
      </div>

      <p className="detail-text">{n.text}</p>
      {n.notice && n.notice.text !== n.text && <NoticeSection notice={n.notice} />}
      {n.notice && <NoticeLinks links={n.notice.links} />}

      <dl className="fields">
        <Field name={i18n.t('notification.field.account')}>{accountName(view, n.accountId)}</Field>
        <Field name={i18n.t('notification.field.marketplace')}>{marketplaceLabel(i18n, n.marketplaceId)}</Field>
        <Field name={i18n.t('notification.field.group')}>{groupLabel(i18n, n.group)}</Field>
        <Field name={i18n.t('notification.field.metric')}>{metricLabel(i18n, n.metric)}</Field>
        <Field name={i18n.t('notification.field.severity')}>
          <SeverityTag severity={n.severity} />
        </Field>
        <Field name={i18n.t('notification.field.policy')}>{n.policy ?? i18n.t('notification.notStated')}</Field>
        <Field name={i18n.t('notification.field.requiredAction')}>
          {n.requiredAction ?? i18n.t('notification.notStated')}
        </Field>
        <Field name={i18n.t('notification.field.asins')} id={asinsLabel}>
          {n.asins.length === 0 ? (
            i18n.t('notification.noAsins')
          ) : (
            <ul aria-labelledby={asinsLabel} className="asins">
              {n.asins.map((asin) => (
                <li key={asin}>{asin}</li>
              ))}
            </ul>
          )}
        </Field>
        <Field name={i18n.t('notification.field.occurred')}>
          <When iso={n.occurredAt} />
        </Field>
        <Field name={i18n.t('notification.field.received')}>
          <When iso={n.receivedAt} />
        </Field>
        <Field name={i18n.t('notification.field.deadline')}>
          {n.deadline ? (
            <DeadlinePhrase message="notification.deadline" deadline={n.deadline} />
          ) : (
            i18n.t('common.none')
          )}
        </Field>
        <Field name={i18n.t('notification.field.status')}>{statusText(i18n, n, snoozed)}</Field>
      </dl>
      <AppealAction notificationId={n.id} />
      <p className="detail-support">
        <a href={hrefFor({ view: 'help', notificationId: n.id })}>{i18n.t('support.fromNotification')}</a>
      </p>
    </>
  );
}

/** "Open · Unread", "Open · Snoozed until 5 Nov 2026, 10:00 · Read", "Resolved on ... · Read". */
function statusText(i18n: Translator, n: PerformanceNotification, snoozed: boolean): string {
  const when = (iso: string) => formatDateTime(i18n, iso);
  const parts = [
    n.status === 'open'
      ? i18n.t('notification.status.open')
      : n.resolvedAt
        ? i18n.t('notification.status.resolvedOn', { when: when(n.resolvedAt) })
        : i18n.t('notification.status.resolved'),
  ];
  if (snoozed && n.snoozedUntil) parts.push(i18n.t('notification.status.snoozedUntil', { when: when(n.snoozedUntil) }));
  parts.push(i18n.t(n.read ? 'notification.status.read' : 'notification.status.unread'));
  return parts.join(' · ');
}
