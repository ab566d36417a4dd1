// The tray's words for each mailbox Flagwatch cannot read now: its name only, since a tooltip is
// glanced at and some systems cut it short; the window's banner says why and what to do.
import type { Translator } from '../i18n/translator';
import type { MailboxConfig } from './mailbox-config';
import type { MailboxWatch } from './mailbox-commands';

export interface WatchedMailbox {
  config: Pick<MailboxConfig, 'user' | 'host'>;
  watch: Pick<MailboxWatch, 'state'> | null;
}

export function unreadableMailboxes(t: Translator, mailboxes: readonly WatchedMailbox[]): string[] {
  return mailboxes
    .filter(({ watch }) => watch?.state === 'failing')
    .map(({ config }) =>
      t.t('mailbox.tooltip.unreadable', { name: t.t('mailboxes.name', { user: config.user, host: config.host }) }),
    );
}
