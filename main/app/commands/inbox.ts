// The contract's inbox commands: read the inbox, mark one notification read or snoozed, mark all read.
import type { CommandHandlers } from '../../../preload/contract';
import type { InboxKeeper } from '../inbox-keeper';

export type InboxHandlers = Pick<
  CommandHandlers,
  'inbox.get' | 'notification.setRead' | 'notification.snooze' | 'inbox.markAllRead'
>;

export function createInboxHandlers(inbox: InboxKeeper): InboxHandlers {
  return {
    'inbox.get': () => inbox.view(),
    'notification.setRead': ({ id, read }) => inbox.update(id, (n) => ({ ...n, read })),
    'notification.snooze': ({ id, until }) => inbox.update(id, (n) => ({ ...n, snoozedUntil: until })),
    'inbox.markAllRead': () => {
      const current = inbox.inbox();
      return inbox.commit({
        ...current,
        notifications: current.notifications.map((n) => (n.read ? n : { ...n, read: true })),
      });
    },
  };
}
