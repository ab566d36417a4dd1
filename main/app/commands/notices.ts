// The contract's notice commands: parse pasted text (nothing saved) and save a pasted notice, as
// the seller corrected it, to one of the inbox's accounts and marketplaces.
import type { CommandHandlers } from '../../../preload/contract';
import type { Translator } from '../../core/i18n/translator';
import { parseNotice } from '../../core/notice/parse-notice';
import { NotFoundError } from '../dispatch';
import type { InboxKeeper } from '../inbox-keeper';
import type { NoticeIntake } from '../notice-intake';
import type { Clock } from '../ports';

export type NoticeHandlers = Pick<CommandHandlers, 'notice.parse' | 'notice.add'>;

export interface NoticeHandlerDeps {
  intake: NoticeIntake;
  inbox: InboxKeeper;
  clock: Clock;
  translator(): Translator;
}

export function createNoticeHandlers({ intake, inbox, clock, translator }: NoticeHandlerDeps): NoticeHandlers {
  return {
    'notice.parse': ({ text }) => parseNotice({ text, receivedAt: clock.now().toISOString() }),
    'notice.add': ({ notice, accountId, marketplaceId }) => {
      const account = inbox.inbox().accounts.find((a) => a.id === accountId);
      if (!account || !account.marketplaceIds.includes(marketplaceId)) {
        throw new NotFoundError(translator().t('notice.error.noSuchMarketplace', { accountId, marketplaceId }));
      }
      return intake.add(notice, { kind: 'paste', accountId, marketplaceId, receivedAt: clock.now().toISOString() });
    },
  };
}
