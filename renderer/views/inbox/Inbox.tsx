// The inbox: filters, search and sort (kept in the address), what they select in one virtualised
// list, and the keyboard: j/k or ↑/↓ move, o opens, r marks read or unread, s snoozes, / searches.
import { useEffect, useMemo, useRef, useState } from 'react';
import { prepareSearch, sortInbox, unreadByGroup } from '../../../main/core/inbox/inbox-query';
import { isUnread } from '../../../main/core/inbox/unread';
import type { InboxView, PerformanceNotification } from '../../../preload/contract';
import { navigate } from '../../app/route';
import { isShortcutKey } from '../../app/shortcut-keys';
import { useFlagwatch } from '../../app/store-context';
import { useNow } from '../../app/use-now';
import { whenIdle } from '../../app/when-idle';
import { useTranslator } from '../../i18n/i18n-context';
import { useInboxQuery } from './inbox-location';
import { InboxFilters } from './InboxFilters';
import { NotificationList, type FocusRequest } from './NotificationList';
import { SnoozeDialog } from './SnoozeDialog';
import { useShownNotifications } from './use-shown-notifications';
import './inbox.css';

/** `returnTo`: the notification the seller comes back from, whose row gets the focus. */
export function Inbox({ returnTo = null }: { returnTo?: string | null }) {
  const inbox = useFlagwatch((s) => s.inbox);
  const i18n = useTranslator();
  if (!inbox) return <p className="loading">{i18n.t('inbox.loading')}</p>;
  return <InboxContent view={inbox} returnTo={returnTo} />;
}

function InboxContent({ view, returnTo }: { view: InboxView; returnTo: string | null }) {
  const i18n = useTranslator();
  const now = useNow();
  const [query, setQuery] = useInboxQuery();
  const setRead = useFlagwatch((s) => s.setRead);
  const markAllRead = useFlagwatch((s) => s.markAllRead);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [returned, setReturned] = useState(false);
  const [snoozing, setSnoozing] = useState<PerformanceNotification | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // Sorted once per inbox and order; each keystroke in the search only filters the sorted list.
  const sorted = useMemo(() => sortInbox(view.notifications, query.sort), [view.notifications, query.sort]);
  const shown = useShownNotifications(sorted, query, now);
  const counts = useMemo(() => unreadByGroup(view.notifications, now), [view.notifications, now]);
  // Whether any is unread, not which: stops at the first, where listing them all would walk
  // every item shown on each keystroke. The button lists them when pressed.
  const anyUnreadShown = useMemo(() => shown.some((n) => isUnread(n, now)), [shown, now]);

  useEffect(() => whenIdle(() => prepareSearch(view.notifications)), [view.notifications]);

  useEffect(() => {
    if (returned || returnTo === null) return;
    setReturned(true);
    const index = shown.findIndex((n) => n.id === returnTo);
    if (index >= 0) setFocusRequest({ index });
  }, [returned, returnTo, shown]);

  useEffect(() => {
    /** The row holding the focus, or none. */
    const focusedIndex = (): number | null => {
      const row = document.activeElement?.closest<HTMLElement>('[data-index]');
      return row && listRef.current?.contains(row) ? Number(row.dataset.index) : null;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutKey(event) || document.querySelector('[role="dialog"]')) return;
      const at = focusedIndex();
      const current = at === null ? undefined : shown[at];
      const move = (index: number) => {
        event.preventDefault();
        if (shown.length > 0) setFocusRequest({ index: Math.max(0, Math.min(shown.length - 1, index)) });
      };
      if (event.key === 'j' || event.key === 'ArrowDown') move(at === null ? 0 : at + 1);
      else if (event.key === 'k' || event.key === 'ArrowUp') move(at === null ? 0 : at - 1);
      else if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (current && event.key === 'o') {
        event.preventDefault();
        navigate({ view: 'notification', id: current.id });
      } else if (current && event.key === 'r') {
        event.preventDefault();
        void setRead(current.id, !current.read);
      } else if (current && event.key === 's' && current.status === 'open') {
        event.preventDefault();
        setSnoozing(current);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shown, setRead]);

  return (
    <div className="inbox">
      <InboxFilters
        query={query}
        setQuery={setQuery}
        view={view}
        unreadByGroup={counts}
        searchRef={searchRef}
        onLeaveSearch={() => setFocusRequest({ index: 0 })}
      />
      <div className="inbox-summary">
        <p role="status" className="shown-count">
          {i18n.t('inbox.shown', { count: shown.length })}
        </p>
        <button
          type="button"
          disabled={!anyUnreadShown}
          onClick={() => void markAllRead(shown.filter((n) => isUnread(n, now)).map((n) => n.id))}
        >
          {i18n.t('inbox.markShownRead')}
        </button>
      </div>
      <div ref={listRef} className="inbox-list">
        <NotificationList
          notifications={shown}
          view={view}
          now={now}
          focusRequest={focusRequest}
          onSnooze={setSnoozing}
        />
      </div>
      {snoozing && <SnoozeDialog notification={snoozing} onClose={() => setSnoozing(null)} />}
    </div>
  );
}
