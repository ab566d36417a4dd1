// Today: the morning digest in the window. What is open by metric group, the nearest deadline,
// the metrics close to their target and the appeals waiting for Amazon's answer, each with a
// way into the view that deals with it; "All clear" when nothing is open; and the days in a row
// the seller has looked at Flagwatch. The host works the numbers out, so they are the digest's.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { timeLeft } from '../../../main/core/badge';
import { describeTarget, formatValue } from '../../../main/core/catalog/metric-text';
import type { Translator } from '../../../main/core/i18n/translator';
import { notificationRoute, type Account, type Today as TodaySummary } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { hrefFor } from '../../app/route';
import { useFlagwatch } from '../../app/store-context';
import { useNow } from '../../app/use-now';
import { formatMoment } from '../../format/dates';
import { groupLabel, marketplaceCode, metricLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { failureText } from '../../state/failure';
import { createTodayStore } from './today-store';
import './today.css';

/** Not in the route table yet everywhere: the appeals list keeps its address. */
const appealsHref = '#/appeals';

export function Today() {
  const api = useApi();
  const [store] = useState(() => createTodayStore(api));
  const today = useStore(store, (s) => s.today);
  const problem = useStore(store, (s) => s.problem);
  // Every change to the inbox (a check, a notification read) may change the summary.
  const inbox = useFlagwatch((s) => s.inbox);
  const i18n = useTranslator();
  const now = useNow();
  const headingId = useId();

  useEffect(() => void store.getState().load(), [store, inbox]);

  const accounts = inbox?.accounts ?? [];
  return (
    <section aria-labelledby={headingId} className="today">
      <h2 id={headingId}>{i18n.t('today.title')}</h2>
      {problem && <p role="alert">{failureText(i18n, problem)}</p>}
      {today === null ? (
        !problem && <p className="loading">{i18n.t('today.loading')}</p>
      ) : (
        <>
          <p className="today-meta">
            <span className="today-streak">{i18n.t('today.streak', { count: today.daysInARow })}</span>
            <span className="today-as-of">
              {i18n.t('today.asOf', { when: formatMoment(i18n, today.generatedAt, now) })}
            </span>
          </p>
          {today.allClear && (
            <p role="status" className="today-all-clear card">
              {i18n.t('today.allClear')}
            </p>
          )}
          <Summary today={today} accounts={accounts} i18n={i18n} now={now} />
        </>
      )}
    </section>
  );
}

function Summary({
  today,
  accounts,
  i18n,
  now,
}: {
  today: TodaySummary;
  accounts: Account[];
  i18n: Translator;
  now: Date;
}) {
  const where = (accountId: string | null, marketplaceId: string | null) =>
    [
      accountId && (accounts.find((a) => a.id === accountId)?.name ?? accountId),
      marketplaceId && marketplaceCode(marketplaceId),
    ]
      .filter(Boolean)
      .join(' · ');
  const urgent = today.mostUrgent;
  return (
    <div className="today-cards">
      {today.groups.length > 0 && (
        <Card
          title={i18n.t('today.groups')}
          link={{ href: hrefFor({ view: 'inbox' }), text: i18n.t('today.link.inbox') }}
        >
          <ul>
            {today.groups.map(({ group, open, unread }) => (
              <li key={group}>{i18n.t('digest.group', { group: groupLabel(i18n, group), open, unread })}</li>
            ))}
          </ul>
        </Card>
      )}
      {today.groups.length > 0 && (
        <Card title={i18n.t('today.mostUrgent')}>
          {urgent ? (
            <p>
              <a href={notificationRoute(urgent.id)}>{urgent.title}</a> ({where(urgent.accountId, urgent.marketplaceId)}
              ), <strong>{timeLeft(urgent.msLeft, i18n)}</strong>
            </p>
          ) : (
            <p className="empty">{i18n.t('today.noDeadline')}</p>
          )}
        </Card>
      )}
      <Card
        title={i18n.t('today.nearTarget')}
        link={{ href: hrefFor({ view: 'health' }), text: i18n.t('today.link.health') }}
      >
        {today.nearTarget.length === 0 ? (
          <p className="empty">{i18n.t('today.nearTarget.none')}</p>
        ) : (
          <ul>
            {today.nearTarget.map((m) => (
              <li key={`${m.accountId} ${m.marketplaceId} ${m.metric}`}>
                <span className="today-metric">{metricLabel(i18n, m.metric)}</span> (
                {where(m.accountId, m.marketplaceId)}):{' '}
                {i18n.t('today.nearTarget.line', {
                  value: formatValue(m.unit, m.value, i18n),
                  target: describeTarget(m.unit, m.target, i18n),
                  headroom: formatValue(m.unit, m.headroom, i18n),
                })}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={i18n.t('today.awaiting')} link={{ href: appealsHref, text: i18n.t('today.link.appeals') }}>
        {today.awaitingAnswer.length === 0 ? (
          <p className="empty">{i18n.t('today.awaiting.none')}</p>
        ) : (
          <ul>
            {today.awaitingAnswer.map((a) => (
              <li key={a.id}>
                {a.title || i18n.t('today.untitledAppeal')}
                {a.accountId && ` (${where(a.accountId, a.marketplaceId)})`} ·{' '}
                {i18n.t('today.awaiting.submitted', { when: formatMoment(i18n, a.submittedAt, now) })}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function Card({
  title,
  link,
  children,
}: {
  title: string;
  link?: { href: string; text: string };
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="today-card card">
      <h3 id={headingId}>{title}</h3>
      {children}
      {link && (
        <p className="today-link">
          <a href={link.href}>{link.text}</a>
        </p>
      )}
    </section>
  );
}
