// mailboxes.json as a store file: the mailboxes added in the window and the last "Test
// connection" answer of each. No password or token ever goes in here: they live in the Secrets
// port under `mailboxSecretKey`, like the Amazon accounts' secrets.
import type { z } from 'zod/mini';
import {
  emptyMailboxesDocument,
  MailboxesDocumentSchema,
  type MailboxesDocument,
} from '../../core/mailbox/mailbox-commands';
import type { DocumentSpec } from './documents';

export const mailboxesSpec: DocumentSpec<MailboxesDocument> = {
  name: 'mailboxes',
  label: 'store.mailboxes.label',
  startsOver: 'store.mailboxes.startsOver',
  schema: MailboxesDocumentSchema satisfies z.ZodMiniType<MailboxesDocument>,
  defaults: emptyMailboxesDocument,
};
