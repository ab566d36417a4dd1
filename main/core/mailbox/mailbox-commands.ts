// The mailbox commands' payloads: what the window sends to list, save, remove and test a
// mailbox, and what it gets back. A secret goes in with a save and never comes out: an entry only
// says whether one is stored. Kept beside the config so the contract can name them as they are.
import { z } from 'zod';
import { IsoDateSchema } from '../schema';
import { MailboxConfigDraftSchema, MailboxConfigSchema } from './mailbox-config';
import { MailboxFailureKindSchema } from './mailbox-failure';

export const MailboxIdSchema = z.object({ id: z.string().min(1) }).strict();

export const MailboxSaveRequestSchema = z
  .object({
    config: MailboxConfigDraftSchema,
    /** Password, app password or OAuth2 token; left out to keep the stored one. */
    secret: z.string().min(1).max(8192).optional(),
  })
  .strict();
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
  lastSyncAt: IsoDateSchema.nullable(),
  failure: MailboxFailureKindSchema.nullable(),
  retryAt: IsoDateSchema.nullable(),
});
export type MailboxWatch = z.infer<typeof MailboxWatchSchema>;

export const MailboxEntrySchema = z.object({
  config: MailboxConfigSchema,
  hasSecret: z.boolean(),
  lastTest: MailboxLastTestSchema.nullable(),
  /** Null where no mailbox is being read (the command line, or before the app starts). */
  watch: MailboxWatchSchema.nullable(),
});
export type MailboxEntry = z.infer<typeof MailboxEntrySchema>;

/** mailboxes.json: the mailboxes added in the window and each one's last test. Never a secret. */
export const MailboxesDocumentSchema = z.object({
  mailboxes: z.array(MailboxConfigSchema),
  lastTests: z.record(z.string(), MailboxLastTestSchema),
});
export type MailboxesDocument = z.infer<typeof MailboxesDocumentSchema>;
export const emptyMailboxesDocument: MailboxesDocument = { mailboxes: [], lastTests: {} };
