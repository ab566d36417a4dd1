// Amazon's notices (from email or pasted) into the inbox: one notification per notice however
// often it is seen, attached to the notification a report inferred about the same event when
// there is one, saved before anyone hears of it. A notice that came by email raises a native
// notification like any new item; a pasted one does not (the seller is looking at it).
import { placeNotice } from '../core/notice/place-notice';
import type { ParsedNotice } from '../core/notice/parse-notice';
import type { InboxKeeper } from './inbox-keeper';
import { raiseNotifications, type NotificationRaising } from './raise-notifications';

export interface NoticeOrigin {
  kind: 'email' | 'paste';
  accountId: string;
  marketplaceId: string;
  /** When the notice arrived (the email's date, or when it was pasted), ISO 8601. */
  receivedAt: string;
}

export interface NoticeIntakeResult {
  /** The notification that now carries the notice. */
  id: string;
  /** True when a new notification was made; false for a notice already known or linked. */
  created: boolean;
  /** True when the notice was attached to a notification a report inferred. */
  linked: boolean;
}

export interface NoticeIntake {
  add(notice: ParsedNotice, origin: NoticeOrigin): Promise<NoticeIntakeResult>;
}

export interface NoticeIntakeOptions extends NotificationRaising {
  inbox: InboxKeeper;
}

export function createNoticeIntake(options: NoticeIntakeOptions): NoticeIntake {
  const { inbox, clock, logger } = options;
  return {
    async add(notice, origin) {
      const current = inbox.inbox();
      const placed = placeNotice(current.notifications, notice, origin, clock.now().toISOString());
      if (placed.kind === 'duplicate') return { id: placed.id, created: false, linked: false };
      inbox.commit({ ...current, notifications: placed.next });
      logger.info(placed.kind === 'created' ? 'notice added' : 'notice linked', {
        id: placed.id,
        origin: origin.kind,
      });
      if (placed.kind === 'created' && origin.kind === 'email')
        await raiseNotifications([placed.notification], current.accounts, options);
      return { id: placed.id, created: placed.kind === 'created', linked: placed.kind === 'linked' };
    },
  };
}
