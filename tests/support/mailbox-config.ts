// A mailbox as the seller saves it: the shop's address on a TLS server, password sign-in, the
// inbox and the spam folder the server marks as junk read, filed under seller account acct-1 on
// the US marketplace. Tests override what they are about.
import type { MailboxConfig } from '../../main/core/mailbox/mailbox-config';

export function mailboxConfig(overrides: Partial<MailboxConfig> = {}): MailboxConfig {
  return {
    id: 'imap-1',
    host: 'imap.example.com',
    port: 993,
    security: 'tls',
    signIn: 'password',
    user: 'seller@example.com',
    inboxFolder: 'INBOX',
    watchSpam: true,
    spamFolder: null,
    accountId: 'acct-1',
    marketplaceId: 'ATVPDKIKX0DER',
    ...overrides,
  };
}
