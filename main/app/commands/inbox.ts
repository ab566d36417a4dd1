// The contract's inbox commands: read the inbox, mark one notification read or snoozed, mark all
// read (or all those the window shows). Each change is the seller acting on notifications, which `acted` hears of.
import type { CommandHandlers } from '../../../preload/contract';
import type { InboxKeeper } from '../inbox-keeper';

export type InboxHandlers = Pick<
  CommandHandlers,
  'inbox.get' | 'notification.setRead' | 'notification.snooze' | 'inbox.markAllRead'
>;

export function createInboxHandlers(inbox: InboxKeeper, acted: () => void = () => {}): InboxHandlers {
  const acting = <T>(change: () => T): T => {
    const answer = change();
    acted();
    return answer;
  };
  return {
    'inbox.get': () => inbox.view(),
    'notification.setRead': ({ id, read }) => acting(() => inbox.update(id, (n) => ({ ...n, read }))),
    'notification.snooze': ({ id, until }) => acting(() => inbox.update(id, (n) => ({ ...n, snoozedUntil: until }))),
    'inbox.markAllRead': ({ ids }) =>
      acting(() => {
        const current = inbox.inbox();
        const chosen = ids === undefined ? null : new Set(ids);
        return inbox.commit({
          ...current,
          notifications: current.notifications.map((n) =>
            n.read || (chosen !== null && !chosen.has(n.id)) ? n : { ...n, read: true },
          ),
        });
      }),
  };
}
