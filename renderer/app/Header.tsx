// The window's header: links to its views, the unread count (the same number as the tray badge),
// the nearest deadline with its countdown, how the last check went, and the two actions that
// apply to the whole inbox.
import type { Translator } from '../../main/core/i18n/translator';
import type { Status } from '../../preload/contract';
import { formatMoment } from '../format/dates';
import { useTranslator } from '../i18n/i18n-context';
import './header.css';
import { NextDeadline } from './NextDeadline';
import { hrefFor, useRoute, type Route } from './route';
import { sentences } from './sentences';
import { useFlagwatch } from './store-context';
import { useNow } from './use-now';

export function Header() {
  const unread = useFlagwatch((s) => s.inbox?.badge.unread ?? null);
  const status = useFlagwatch((s) => s.status);
  const refresh = useFlagwatch((s) => s.refresh);
  const markAllRead = useFlagwatch((s) => s.markAllRead);
  const i18n = useTranslator();
  const now = useNow();
  const route = useRoute();

  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{i18n.t('window.title')}</h1>
        {unread !== null && (
          <p
            role="status"
            aria-label={i18n.t('window.unread.label', { count: unread })}
            className={unread > 0 ? 'unread-total has-unread' : 'unread-total'}
          >
            {i18n.t('window.unread.count', { count: unread })}
          </p>
        )}
      </div>
      <nav aria-label={i18n.t('window.nav')} className="app-nav">
        <ViewLink to={{ view: 'today' }} current={route.view === 'today'}>
          {i18n.t('today.nav')}
        </ViewLink>
        <ViewLink to={{ view: 'inbox' }} current={route.view === 'inbox' || route.view === 'notification'}>
          {i18n.t('window.nav.inbox')}
        </ViewLink>
        <ViewLink to={{ view: 'appeals' }} current={route.view === 'appeals' || route.view === 'appeal'}>
          {i18n.t('appeal.nav')}
        </ViewLink>
        <ViewLink to={{ view: 'health' }} current={route.view === 'health'}>
          {i18n.t('window.nav.health')}
        </ViewLink>
        <ViewLink to={{ view: 'accounts' }} current={route.view === 'accounts'}>
          {i18n.t('window.nav.accounts')}
        </ViewLink>
        <ViewLink to={{ view: 'help', notificationId: null }} current={route.view === 'help'}>
          {i18n.t('support.nav')}
        </ViewLink>
        <ViewLink to={{ view: 'settings' }} current={route.view === 'settings'}>
          {i18n.t('window.nav.settings')}
        </ViewLink>
        <ViewLink to={{ view: 'addNotice' }} current={route.view === 'addNotice'}>
          {i18n.t('notice.nav')}
        </ViewLink>
      </nav>
      <NextDeadline />
      <div className="app-toolbar">
        <p role="status" aria-label={i18n.t('window.checkStatus')} className="check-status">
          {statusText(i18n, status, now)}
        </p>
        <div className="app-actions">
          <button type="button" onClick={() => void refresh()} disabled={status === null || status.polling}>
            {i18n.t('window.refresh')}
          </button>
          <button type="button" onClick={() => void markAllRead()} disabled={!unread}>
            {i18n.t('window.markAllRead')}
          </button>
        </div>
      </div>
    </header>
  );
}

function ViewLink({ to, current, children }: { to: Route; current: boolean; children: string }) {
  return (
    <a href={hrefFor(to)} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

function statusText(i18n: Translator, status: Status | null, now: Date): string {
  if (status === null) return i18n.t('window.status.connecting');
  if (status.polling) return i18n.t('window.status.checking');
  const time = (iso: string) => formatMoment(i18n, iso, now);
  const parts: string[] = [];
  if (status.state === 'offline') parts.push(i18n.t('window.status.offline'));
  parts.push(
    status.lastSuccessAt
      ? i18n.t('window.status.lastChecked', { time: time(status.lastSuccessAt) })
      : i18n.t('window.status.notChecked'),
  );
  if (status.nextPollAt) parts.push(i18n.t('window.status.nextCheck', { time: time(status.nextPollAt) }));
  if (status.notificationsPaused) parts.push(i18n.t('window.status.paused'));
  return sentences(i18n, parts);
}
