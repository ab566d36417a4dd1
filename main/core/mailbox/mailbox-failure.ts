// Why a mailbox could not be read, as one of a few kinds a seller can act on, and the words for
// each in the app's language. The email source decides the kind from what the server or the
// network said; the window and the logs only show it.
import { z } from 'zod/mini';
import type { Translator } from '../i18n/translator';

export const mailboxFailureKinds = [
  'missing-secret',
  'sign-in',
  'unreachable',
  'timeout',
  'certificate',
  'security-mismatch',
  'not-imap',
  'folder-missing',
  'dropped',
  'unexpected',
] as const;
export const MailboxFailureKindSchema = z.enum(mailboxFailureKinds);
export type MailboxFailureKind = z.infer<typeof MailboxFailureKindSchema>;

export function mailboxFailureText(t: Translator, kind: MailboxFailureKind, host: string): string {
  return t.t(`mailbox.failure.${kind}`, { host });
}

/** What "Test connection" found: the folders it would watch, or why it could not. */
export type MailboxProbe =
  { ok: true; folders: string[]; idle: boolean } | { ok: false; kind: Exclude<MailboxFailureKind, 'missing-secret'> };
