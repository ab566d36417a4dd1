// The inbox: open notifications by metric group, then the snoozed and the resolved, folded away.
import { useMemo } from 'react';
import { useFlagwatch } from '../../app/store-context';
import { useNow } from '../../app/use-now';
import { groupSections, resolvedNotifications, snoozedNotifications } from '../../state/inbox-selectors';
import { When } from '../When';
import { CollapsedSection } from './CollapsedSection';
import { GroupSection } from './GroupSection';

export function Inbox() {
  const inbox = useFlagwatch((s) => s.inbox);
  const now = useNow();
  const notifications = inbox?.notifications;
  const sections = useMemo(() => groupSections(notifications ?? [], now), [notifications, now]);
  const snoozed = useMemo(() => snoozedNotifications(notifications ?? [], now), [notifications, now]);
  const resolved = useMemo(() => resolvedNotifications(notifications ?? []), [notifications]);

  if (!inbox) return <p className="loading">Loading notifications…</p>;
  return (
    <div className="inbox">
      {sections.map((section) => (
        <GroupSection key={section.group} section={section} view={inbox} now={now} />
      ))}
      <CollapsedSection
        title="Snoozed"
        notifications={snoozed}
        view={inbox}
        now={now}
        note={(n) =>
          n.snoozedUntil && (
            <>
              Snoozed until <When iso={n.snoozedUntil} />
            </>
          )
        }
      />
      <CollapsedSection
        title="Resolved"
        notifications={resolved}
        view={inbox}
        now={now}
        note={(n) =>
          n.resolvedAt && (
            <>
              Resolved <When iso={n.resolvedAt} />
            </>
          )
        }
      />
    </div>
  );
}
