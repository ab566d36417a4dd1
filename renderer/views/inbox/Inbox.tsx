// The inbox: open notifications by metric group, then the snoozed and the resolved, folded away.
import { useMemo } from 'react';
import { useFlagwatch } from '../../app/store-context';
import { useNow } from '../../app/use-now';
import { useTranslator } from '../../i18n/i18n-context';
import { groupSections, resolvedNotifications, snoozedNotifications } from '../../state/inbox-selectors';
import { MomentPhrase } from '../MomentPhrase';
import { CollapsedSection } from './CollapsedSection';
import { GroupSection } from './GroupSection';
import './inbox.css';

export function Inbox() {
  const inbox = useFlagwatch((s) => s.inbox);
  const i18n = useTranslator();
  const now = useNow();
  const notifications = inbox?.notifications;
  const sections = useMemo(() => groupSections(notifications ?? [], now), [notifications, now]);
  const snoozed = useMemo(() => snoozedNotifications(notifications ?? [], now), [notifications, now]);
  const resolved = useMemo(() => resolvedNotifications(notifications ?? []), [notifications]);

  if (!inbox) return <p className="loading">{i18n.t('inbox.loading')}</p>;
  return (
    <div className="inbox">
      {sections.map((section) => (
        <GroupSection key={section.group} section={section} view={inbox} now={now} />
      ))}
      <CollapsedSection
        title={i18n.t('inbox.snoozed')}
        notifications={snoozed}
        view={inbox}
        now={now}
        note={(n) => n.snoozedUntil && <MomentPhrase message="inbox.row.snoozedUntil" iso={n.snoozedUntil} />}
      />
      <CollapsedSection
        title={i18n.t('inbox.resolved')}
        notifications={resolved}
        view={inbox}
        now={now}
        note={(n) => n.resolvedAt && <MomentPhrase message="inbox.row.resolvedAt" iso={n.resolvedAt} />}
      />
    </div>
  );
}
