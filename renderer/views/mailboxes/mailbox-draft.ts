// The mailbox form's draft and how it becomes a save request: checked by the contract's own
// schema, each broken rule put in the window's words next to its field. The secret is typed,
// never shown back; when editing, an empty secret keeps the stored one.
import {
  defaultPorts,
  MailboxSaveRequestSchema,
  type MailboxConfig,
  type MailboxSaveRequest,
  type MailboxSecurity,
  type MailboxSignIn,
} from '../../../preload/contract';
import type { Message } from '../../i18n/message';

export interface MailboxDraft {
  host: string;
  port: string;
  security: MailboxSecurity;
  signIn: MailboxSignIn;
  user: string;
  secret: string;
  accountId: string;
  marketplaceId: string;
  inboxFolder: string;
  watchSpam: boolean;
  /** Empty: the folder the server marks as junk. */
  spamFolder: string;
}

export type MailboxField = 'host' | 'port' | 'user' | 'secret' | 'account' | 'inboxFolder' | 'spamFolder';
export type MailboxErrors = Partial<Record<MailboxField, Message>>;

export function draftOf(config: MailboxConfig | null): MailboxDraft {
  return {
    host: config?.host ?? '',
    port: String(config?.port ?? defaultPorts.tls),
    security: config?.security ?? 'tls',
    signIn: config?.signIn ?? 'password',
    user: config?.user ?? '',
    secret: '',
    accountId: config?.accountId ?? '',
    marketplaceId: config?.marketplaceId ?? '',
    inboxFolder: config?.inboxFolder ?? 'INBOX',
    watchSpam: config?.watchSpam ?? true,
    spamFolder: config?.spamFolder ?? '',
  };
}

/** The usual port follows the security, unless the seller typed another one. */
export function withSecurity(draft: MailboxDraft, security: MailboxSecurity): MailboxDraft {
  const usual = Object.values(defaultPorts).map(String);
  return { ...draft, security, port: usual.includes(draft.port.trim()) ? String(defaultPorts[security]) : draft.port };
}

export function requestOf(draft: MailboxDraft, editing: MailboxConfig | null): MailboxSaveRequest {
  const port = /^\d+$/.test(draft.port.trim()) ? Number(draft.port) : Number.NaN;
  return {
    config: {
      ...(editing ? { id: editing.id } : {}),
      host: draft.host,
      port,
      security: draft.security,
      signIn: draft.signIn,
      user: draft.user,
      accountId: draft.accountId,
      marketplaceId: draft.marketplaceId,
      inboxFolder: draft.inboxFolder,
      watchSpam: draft.watchSpam,
      spamFolder: draft.spamFolder.trim() ? draft.spamFolder : null,
    },
    ...(draft.secret ? { secret: draft.secret } : {}),
  };
}

const fieldOfPath: Record<string, MailboxField> = {
  host: 'host',
  port: 'port',
  user: 'user',
  secret: 'secret',
  accountId: 'account',
  marketplaceId: 'account',
  inboxFolder: 'inboxFolder',
  spamFolder: 'spamFolder',
};

const messageOf: Record<MailboxField, Message> = {
  host: { key: 'mailboxes.error.host' },
  port: { key: 'mailboxes.error.port' },
  user: { key: 'mailboxes.error.user' },
  secret: { key: 'mailboxes.error.secret' },
  account: { key: 'mailboxes.error.account' },
  inboxFolder: { key: 'mailboxes.error.folder' },
  spamFolder: { key: 'mailboxes.error.folder' },
};

/** What is wrong with the request, by field; a new mailbox needs its secret. */
export function errorsOf(request: MailboxSaveRequest, isNew: boolean): MailboxErrors {
  const errors: MailboxErrors = {};
  const result = MailboxSaveRequestSchema.safeParse(request);
  for (const issue of result.success ? [] : result.error.issues) {
    const name = issue.path.at(-1);
    const field = typeof name === 'string' ? fieldOfPath[name] : undefined;
    if (field) errors[field] ??= messageOf[field];
  }
  if (isNew && request.secret === undefined) errors.secret ??= messageOf.secret;
  return errors;
}
