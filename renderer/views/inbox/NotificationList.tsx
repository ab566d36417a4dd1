// The inbox's list, virtualised: only the rows in view (and a few either side) are in the page,
// so 10,000 notifications cost what 30 do. Each row tells assistive technology its place in the
// whole list. The list moves the focus to a row on request (keyboard navigation), scrolling it
// into view first, since a row out of view does not exist in the page.
import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef } from 'react';
import { isUnread } from '../../../main/core/inbox/unread';
import type { InboxView, PerformanceNotification } from '../../../preload/contract';
import { useTranslator } from '../../i18n/i18n-context';
import { NotificationRow } from './NotificationRow';

/**
 * The height a row was last measured at (at first, a one-line row's at the default text size):
 * the estimate for rows not measured yet. When it is right, as it is for most rows, a row
 * entering the list (a keystroke in the search, the first render) is measured at the size the
 * list already gave it, and the list is not laid out a second time for all its items.
 */
let lastRowHeight = 63;

/** A request to focus row `index`; a new object each time, so the same row can be asked twice. */
export interface FocusRequest {
  index: number;
}

/** Memoised: a keystroke in the search that leaves the list as it was does not render it again. */
export const NotificationList = memo(function NotificationList({
  notifications,
  view,
  now,
  focusRequest,
  onSnooze,
}: {
  notifications: PerformanceNotification[];
  view: InboxView;
  now: Date;
  focusRequest: FocusRequest | null;
  onSnooze: (n: PerformanceNotification) => void;
}) {
  const i18n = useTranslator();
  const scroller = useRef<HTMLDivElement>(null);
  // The same function while the list is the same: a new one makes the virtualiser recompute
  // the positions of every item.
  const itemKey = useCallback((index: number) => notifications[index]!.id, [notifications]);
  const list = useVirtualizer({
    count: notifications.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => lastRowHeight,
    measureElement: (element, entry, instance) => (lastRowHeight = measureElement(element, entry, instance)),
    overscan: 8,
    getItemKey: itemKey,
  });

  useEffect(() => {
    if (!focusRequest) return;
    const { index } = focusRequest;
    list.scrollToIndex(index, { align: 'auto' });
    // The row appears once the list has re-rendered for the new scroll position.
    let frame = 0;
    let tries = 0;
    const focusRow = () => {
      const link = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"] .row-link`);
      if (link) link.focus({ preventScroll: true });
      else if (tries++ < 10) frame = requestAnimationFrame(focusRow);
    };
    focusRow();
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, list]);

  if (notifications.length === 0) return <p className="empty">{i18n.t('inbox.empty')}</p>;
  return (
    <div ref={scroller} className="inbox-scroll">
      <ul className="rows" aria-label={i18n.t('inbox.list')} style={{ height: list.getTotalSize() }}>
        {list.getVirtualItems().map((item) => {
          const n = notifications[item.index]!;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={list.measureElement}
              aria-setsize={notifications.length}
              aria-posinset={item.index + 1}
              className={isUnread(n, now) ? 'row row-unread' : 'row'}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <NotificationRow notification={n} view={view} now={now} onSnooze={onSnooze} />
            </li>
          );
        })}
      </ul>
    </div>
  );
});
