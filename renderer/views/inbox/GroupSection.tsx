// One metric group of the inbox: its open notifications under a heading with its unread count.
import { useId } from 'react';
import type { InboxView } from '../../../preload/contract';
import { groupLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import type { GroupSection as Section } from '../../state/inbox-selectors';
import { NotificationRow } from './NotificationRow';

/** A metric group: a region named "Policy Compliance, 2 unread", then its open notifications. */
export function GroupSection({ section, view, now }: { section: Section; view: InboxView; now: Date }) {
  const headingId = useId();
  const i18n = useTranslator();
  const label = groupLabel(i18n, section.group);
  const unread = i18n.t('window.unread.count', { count: section.unread });
  return (
    <section aria-labelledby={headingId} className="group">
      {/* Named in one piece: "Policy Compliance, 2 unread" reads the same in every screen reader. */}
      <h2
        id={headingId}
        className="group-heading"
        aria-label={i18n.t('inbox.group.label', { group: label, count: section.unread })}
      >
        {label}
        <span className={section.unread > 0 ? 'count has-unread' : 'count'}>{unread}</span>
      </h2>
      {section.notifications.length === 0 ? (
        <p className="empty">{i18n.t('inbox.group.empty')}</p>
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
