// A mailbox Flagwatch reads Amazon's notices from, as the seller configures it: server, port,
// security, user, how it signs in, which folders, and which seller account and marketplace its
// mail belongs to. Pure data and zod, so the contract, the window's form and the email source
// check the same rules. The password or OAuth2 token is never part of it: it only goes through
// the Secrets port, under `mailboxSecretKey`.
import { z } from 'zod/mini';

export const mailboxSecurities = ['tls', 'starttls'] as const;
export const MailboxSecuritySchema = z.enum(mailboxSecurities);
export type MailboxSecurity = z.infer<typeof MailboxSecuritySchema>;

/** `password` covers app passwords; `oauth2` sends the secret as an XOAUTH2 bearer token. */
export const mailboxSignIns = ['password', 'oauth2'] as const;
export const MailboxSignInSchema = z.enum(mailboxSignIns);
export type MailboxSignIn = z.infer<typeof MailboxSignInSchema>;

/** The usual port of each security: the form suggests it when the seller switches. */
export const defaultPorts: Record<MailboxSecurity, number> = { tls: 993, starttls: 143 };

// A host name or an IP address; never a URL, a path or anything with spaces.
const hostPattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[?[0-9A-Fa-f:.]+\]?$/;

const folderName = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

const fields = {
  host: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'give the mail server'),
      z.maxLength(253),
      z.regex(hostPattern, 'must be a server name like imap.example.com'),
    ),
  port: z
    .int()
    .check(z.minimum(1, 'must be a port from 1 to 65535'), z.maximum(65535, 'must be a port from 1 to 65535')),
  security: MailboxSecuritySchema,
  signIn: MailboxSignInSchema,
  user: z.string().check(z.trim(), z.minLength(1, 'give the user name (usually the email address)'), z.maxLength(320)),
  /** The folder new mail arrives in. */
  inboxFolder: z._default(folderName, 'INBOX'),
  /** Also read the spam/junk folder, where Amazon's mail often lands. */
  watchSpam: z._default(z.boolean(), true),
  /** The spam folder's name; null: the folder the server marks as junk (special-use \Junk). */
  spamFolder: z._default(z.nullable(folderName), null),
  /** The seller account and marketplace the notices in this mailbox belong to. */
  accountId: z.string().check(z.minLength(1, 'choose the seller account')),
  marketplaceId: z.string().check(z.minLength(1, 'choose the marketplace')),
};

/** A new mailbox (no id yet) or an edited one. */
export const MailboxConfigDraftSchema = z.strictObject({ id: z.optional(z.string().check(z.minLength(1))), ...fields });
export type MailboxConfigDraft = z.input<typeof MailboxConfigDraftSchema>;

export const MailboxConfigSchema = z.strictObject({ id: z.string().check(z.minLength(1)), ...fields });
export type MailboxConfig = z.infer<typeof MailboxConfigSchema>;

/** What identifies the server a secret was given for: a change of any of these needs the secret again. */
export function serverIdentity(config: Pick<MailboxConfig, 'host' | 'port' | 'security' | 'signIn' | 'user'>): string {
  return [config.host.toLowerCase(), config.port, config.security, config.signIn, config.user].join('\n');
}

/** The mailbox's secret (password, app password or OAuth2 token) in the Secrets port. */
export function mailboxSecretKey(mailboxId: string): string {
  return `imap:${mailboxId}:secret`;
}
