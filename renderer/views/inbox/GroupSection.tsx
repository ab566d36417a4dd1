import { useId } from 'react';
import type { InboxView } from '../../../preload/contract';
import { groupLabel } from '../../format/labels';
import type { GroupSection as Section } from '../../state/inbox-selectors';
import { NotificationRow } from './NotificationRow';

/** A metric group: a region named "Policy Compliance, 2 unread", then its open notifications. */
export function GroupSection({ section, view, now }: { section: Section; view: InboxView; now: Date }) {
  const headingId = useId();
  const label = groupLabel(section.group);
  return (
    <section aria-labelledby={headingId} className="group">
      {/* Named in one piece: "Policy Compliance, 2 unread" reads the same in every screen reader. */}
      <h2 id={headingId} className="group-heading" aria-label={`${label}, ${section.unread} unread`}>
        {label}
        <span className={section.unread > 0 ? 'count has-unread' : 'count'}>{section.unread} unread</span>
      </h2>
      {section.notifications.length === 0 ? (
        <p className="empty">Nothing open here.</p>
      ) : (
        <ul className="rows">
          {section.notifications.map((n) => (
            <NotificationRow key={n.id} notification={n} view={view} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
