// The nearest deadline still ahead, in the header of every view: which notification, where, and a
// live countdown. The same rule names it in the tray's tooltip and the digest (mostUrgentClock).
// Notifications the seller hid are not in the window's inbox, so they are not named here either.
import { useMemo } from 'react';
import { mostUrgentClock } from '../../main/core/clocks/most-urgent-clock';
import { marketplaceCode } from '../format/labels';
import { useTranslator } from '../i18n/i18n-context';
import { Countdown } from '../views/clocks/Countdown';
import { hrefFor } from './route';
import { useFlagwatch } from './store-context';
import { useNow } from './use-now';

export function NextDeadline() {
  const notifications = useFlagwatch((s) => s.inbox?.notifications ?? null);
  const i18n = useTranslator();
  // Often enough to move on to the next one soon after a deadline passes; the countdown ticks itself.
  const now = useNow();
  const clock = useMemo(() => (notifications ? mostUrgentClock(notifications, now) : null), [notifications, now]);
  if (clock === null) return null;
  return (
    <p className="next-deadline">
      <span className="next-deadline-label">{i18n.t('clocks.nextDeadline.label')}</span>{' '}
      <a href={hrefFor({ view: 'notification', id: clock.id })}>
        {i18n.t('clocks.nextDeadline.link', { title: clock.title, marketplace: marketplaceCode(clock.marketplaceId) })}
      </a>{' '}
      <Countdown deadline={clock.deadline} />
    </p>
  );
}
