// mailboxes.json as a store file: the mailboxes added in the window that Amazon's notices are
// read from, and the last "Test connection" answer of each. No password or token ever goes in
// here (they live in the Secrets port).
import {
  emptyMailboxesDocument,
  MailboxesDocumentSchema,
  type MailboxesDocument,
} from '../../core/mailbox/mailbox-commands';
import type { DocumentSpec } from './documents';

export const mailboxesSpec: DocumentSpec<MailboxesDocument> = {
  name: 'mailboxes',
  label: 'mailbox.store.label',
  startsOver: 'mailbox.store.startsOver',
  schema: MailboxesDocumentSchema,
  defaults: emptyMailboxesDocument,
};
