// The window's header: links to its views, the unread count (the same number as the tray badge),
// how the last check went, and the two actions that apply to the whole inbox.
import { formatMoment } from '../format/dates';
import type { Status } from '../../preload/contract';
import { hrefFor, useRoute, type Route } from './route';
import { useFlagwatch } from './store-context';
import { useNow } from './use-now';

export function Header() {
  const unread = useFlagwatch((s) => s.inbox?.badge.unread ?? null);
  const status = useFlagwatch((s) => s.status);
  const refresh = useFlagwatch((s) => s.refresh);
  const markAllRead = useFlagwatch((s) => s.markAllRead);
  const now = useNow();
  const route = useRoute();

  return (
    <header className="app-header">
      <div className="app-title">
        <h1>Performance Notifications</h1>
        {unread !== null && (
          <p
            role="status"
            aria-label={`Unread notifications: ${unread}`}
            className={unread > 0 ? 'unread-total has-unread' : 'unread-total'}
          >
            {unread} unread
          </p>
        )}
      </div>
      <nav aria-label="Views" className="app-nav">
        <ViewLink to={{ view: 'inbox' }} current={route.view === 'inbox' || route.view === 'notification'}>
          Inbox
        </ViewLink>
        <ViewLink to={{ view: 'health' }} current={route.view === 'health'}>
          Account health
        </ViewLink>
        <ViewLink to={{ view: 'accounts' }} current={route.view === 'accounts'}>
          Accounts
        </ViewLink>
        <ViewLink to={{ view: 'settings' }} current={route.view === 'settings'}>
          Settings
        </ViewLink>
      </nav>
      <div className="app-toolbar">
        <p role="status" aria-label="Check status" className="check-status">
          {statusText(status, now)}
        </p>
        <div className="app-actions">
          <button type="button" onClick={() => void refresh()} disabled={status === null || status.polling}>
            Refresh now
          </button>
          <button type="button" onClick={() => void markAllRead()} disabled={!unread}>
            Mark all read
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

function statusText(status: Status | null, now: Date): string {
  if (status === null) return 'Connecting…';
  if (status.polling) return 'Checking…';
  const parts: string[] = [];
  if (status.state === 'offline') parts.push('Offline: showing the last known notifications.');
  parts.push(status.lastSuccessAt ? `Last checked at ${formatMoment(status.lastSuccessAt, now)}.` : 'Not checked yet.');
  if (status.nextPollAt) parts.push(`Next check at ${formatMoment(status.nextPollAt, now)}.`);
  if (status.notificationsPaused) parts.push('Desktop alerts are paused.');
  return parts.join(' ');
}
