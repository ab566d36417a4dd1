// The contract's Seller Support commands: the case summary for a notification or an appeal, and
// the local contact log with its repeat-contact warning (Amazon has deactivated accounts for
// excessive or duplicate contacts). Nothing here contacts Amazon.
import type { CommandHandlers } from '../../../preload/contract';
import type { Appeal } from '../../core/appeal/appeal-schema';
import type { Translator } from '../../core/i18n/translator';
import type { Settings } from '../../core/schema';
import { caseSummary } from '../../core/support/case-summary';
import { recentContact, type SupportContact } from '../../core/support/contact-log';
import { NotFoundError } from '../dispatch';
import type { InboxKeeper } from '../inbox-keeper';
import type { Clock, Stores } from '../ports';

export type SupportHandlers = Pick<
  CommandHandlers,
  'support.caseSummary' | 'support.contacts' | 'support.recordContact'
>;

export interface SupportHandlerDeps {
  stores: Pick<Stores, 'appeals' | 'supportContacts'>;
  inbox: Pick<InboxKeeper, 'inbox'>;
  clock: Clock;
  settings(): Pick<Settings, 'supportRepeatDays'>;
  translator(): Translator;
  /** Id of a new contact; random by default. */
  newId?: () => string;
}

export function createSupportHandlers(deps: SupportHandlerDeps): SupportHandlers {
  const { stores } = deps;
  const newId = deps.newId ?? (() => `contact-${crypto.randomUUID()}`);
  const contacts = () => stores.supportContacts().read().contacts;
  const newestFirst = (list: readonly SupportContact[]) => [...list].sort((a, b) => b.at.localeCompare(a.at));

  function notification(id: string) {
    const found = deps.inbox.inbox().notifications.find((n) => n.id === id);
    if (!found) throw new NotFoundError(deps.translator().t('errors.notFound.notification', { id }));
    return found;
  }

  function appealFor(appealId: string | undefined, notificationId: string | null): Appeal | null {
    const { appeals } = stores.appeals().read();
    if (appealId !== undefined) {
      const found = appeals.find((a) => a.id === appealId);
      if (!found) throw new NotFoundError(deps.translator().t('errors.notFound.appeal', { id: appealId }));
      return found;
    }
    if (notificationId === null) return null;
    // The newest appeal about the notification: the one the seller is on.
    return (
      appeals
        .filter((a) => a.notificationId === notificationId)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null
    );
  }

  return {
    'support.caseSummary': ({ notificationId, appealId }) => {
      const appeal = appealFor(appealId, notificationId ?? null);
      const linked = notificationId ?? appeal?.notificationId ?? null;
      const inbox = deps.inbox.inbox();
      if (notificationId !== undefined) notification(notificationId);
      const about = inbox.notifications.find((n) => n.id === linked) ?? null;
      const accountId = about?.accountId ?? appeal?.accountId ?? null;
      const text = caseSummary(
        {
          notification: about,
          accountName: inbox.accounts.find((a) => a.id === accountId)?.name ?? null,
          appeal,
          contacts: contacts().filter((c) => linked !== null && c.notificationId === linked),
        },
        deps.translator(),
      );
      return { text };
    },
    'support.contacts': () => newestFirst(contacts()),
    'support.recordContact': ({ at, channel, caseId, note, notificationId, confirmed }) => {
      const about = notificationId === null ? null : notification(notificationId);
      const repeatOf = recentContact(contacts(), notificationId, deps.clock.now(), deps.settings().supportRepeatDays);
      if (repeatOf !== null && !confirmed) return { recorded: false, repeatOf, contacts: newestFirst(contacts()) };
      const contact: SupportContact = {
        id: newId(),
        at,
        channel,
        caseId: caseId.trim(),
        note: note.trim(),
        notificationId,
        accountId: about?.accountId ?? null,
        marketplaceId: about?.marketplaceId ?? null,
      };
      const next = [...contacts(), contact];
      stores.supportContacts().write({ contacts: next });
      return { recorded: true, repeatOf, contacts: newestFirst(next) };
    },
  };
}
