// The mailbox commands' payloads: what the window sends to list, save, remove and test a
// mailbox, and what it gets back. A secret goes in with a save and never comes out: an entry only
// says whether one is stored. Kept beside the config so the contract can name them as they are.
import { z } from 'zod/mini';
import { IsoDateSchema } from '../schema';
import { MailboxConfigDraftSchema, MailboxConfigSchema } from './mailbox-config';
import { MailboxFailureKindSchema } from './mailbox-failure';

export const MailboxIdSchema = z.strictObject({ id: z.string().check(z.minLength(1)) });

export const MailboxSaveRequestSchema = z.strictObject({
  config: MailboxConfigDraftSchema,
  /** Password, app password or OAuth2 token; left out to keep the stored one. */
  secret: z.optional(z.string().check(z.minLength(1), z.maxLength(8192))),
});
export type MailboxSaveRequest = z.infer<typeof MailboxSaveRequestSchema>;

export const MailboxTestResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), folders: z.array(z.string()), message: z.string() }),
  z.object({ ok: z.literal(false), kind: MailboxFailureKindSchema, message: z.string() }),
]);
export type MailboxTestResult = z.infer<typeof MailboxTestResultSchema>;

export const MailboxLastTestSchema = z.object({ at: IsoDateSchema, result: MailboxTestResultSchema });

/**
 * How the running app's reading of a mailbox goes: starting, watching its folders (and when it
 * last read them), or failing (why, and when it tries again).
 */
export const MailboxWatchSchema = z.object({
  state: z.enum(['starting', 'watching', 'failing']),
  folders: z.array(z.string()),
  lastSyncAt: z.nullable(IsoDateSchema),
  failure: z.nullable(MailboxFailureKindSchema),
  retryAt: z.nullable(IsoDateSchema),
});
export type MailboxWatch = z.infer<typeof MailboxWatchSchema>;

export const MailboxEntrySchema = z.object({
  config: MailboxConfigSchema,
  hasSecret: z.boolean(),
  lastTest: z.nullable(MailboxLastTestSchema),
  /** Null where no mailbox is being read (the command line, or before the app starts). */
  watch: z.nullable(MailboxWatchSchema),
});
export type MailboxEntry = z.infer<typeof MailboxEntrySchema>;

/** mailboxes.json: the mailboxes added in the window and each one's last test. Never a secret. */
export const MailboxesDocumentSchema = z.object({
  mailboxes: z.array(MailboxConfigSchema),
  lastTests: z.record(z.string(), MailboxLastTestSchema),
});
export type MailboxesDocument = z.infer<typeof MailboxesDocumentSchema>;
export const emptyMailboxesDocument: MailboxesDocument = { mailboxes: [], lastTests: {} };
