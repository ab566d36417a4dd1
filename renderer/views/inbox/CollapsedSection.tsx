// A folded list of notifications (snoozed, resolved) under a heading that counts them.
import { useId, useState, type ReactNode } from 'react';
import type { InboxView, PerformanceNotification } from '../../../preload/contract';
import { useTranslator } from '../../i18n/i18n-context';
import { NotificationRow } from './NotificationRow';

/** Notifications out of the way ("Resolved (3)"), one keypress from view; nothing at all when empty. */
export function CollapsedSection({
  title,
  notifications,
  view,
  now,
  note,
}: {
  title: string;
  notifications: PerformanceNotification[];
  view: InboxView;
  now: Date;
  /** Why each one is here ("Snoozed until ..."). */
  note: (n: PerformanceNotification) => ReactNode;
}) {
  const i18n = useTranslator();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const listId = useId();
  if (notifications.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="group group-collapsed">
      <h2 id={headingId} className="group-heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {i18n.t('inbox.folded', { title, count: notifications.length })}
        </button>
      </h2>
      <ul id={listId} className="rows" hidden={!open}>
        {notifications.map((n) => (
          <NotificationRow key={n.id} notification={n} view={view} now={now} note={note(n)} />
        ))}
      </ul>
    </section>
  );
}
