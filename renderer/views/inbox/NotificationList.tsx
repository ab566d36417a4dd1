// The inbox's list, virtualised: only the rows in view (and a few either side) are in the page,
// so 10,000 notifications cost what 30 do. Each row tells assistive technology its place in the
// whole list. The list moves the focus to a row on request (keyboard navigation), scrolling it
// into view first, since a row out of view does not exist in the page.
import { memo, useCallback, useEffect } from 'react';
import { isUnread } from '../../../main/core/inbox/unread';
import type { InboxView, PerformanceNotification } from '../../../preload/contract';
import { useTranslator } from '../../i18n/i18n-context';
import { useVirtualRows } from '../../virtual-list/use-virtual-rows';
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
  // The same function while the list is the same: a new one makes the list recompute the
  // positions of every row.
  const keyOf = useCallback((index: number) => notifications[index]!.id, [notifications]);
  const list = useVirtualRows({
    count: notifications.length,
    keyOf,
    estimate: lastRowHeight,
    // Few rows beyond the view: a keystroke that changes the list makes each row in the page
    // anew, and three either side cut the keystroke's work by a third against eight.
    overscan: 3,
    onRowMeasured: (height) => (lastRowHeight = height),
  });
  const { scrollToIndex, rowElement } = list;

  useEffect(() => {
    if (!focusRequest) return;
    const { index } = focusRequest;
    scrollToIndex(index);
    // The row appears once the list has re-rendered for the new scroll position.
    let frame = 0;
    let tries = 0;
    const focusRow = () => {
      const link = rowElement(index)?.querySelector<HTMLElement>('.row-link');
      if (link) link.focus({ preventScroll: true });
      else if (tries++ < 10) frame = requestAnimationFrame(focusRow);
    };
    focusRow();
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, scrollToIndex, rowElement]);

  if (notifications.length === 0) return <p className="empty">{i18n.t('inbox.empty')}</p>;
  return (
    <div ref={list.scroller} className="inbox-scroll">
      <ul className="rows" aria-label={i18n.t('inbox.list')} style={{ height: list.totalHeight }}>
        {list.rows.map((row) => {
          const n = notifications[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={list.measureRow}
              aria-setsize={notifications.length}
              aria-posinset={row.index + 1}
              className={isUnread(n, now) ? 'row row-unread' : 'row'}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <NotificationRow notification={n} view={view} now={now} onSnooze={onSnooze} />
            </li>
          );
        })}
      </ul>
    </div>
  );
});
