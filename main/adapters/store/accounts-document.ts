// accounts.json as a store file: the Amazon accounts added in the window and the last "Test
// connection" answer of each. No secret ever goes in here (they live in the Secrets port).
import { z } from 'zod';
import type { AccountsDocument } from '../../app/ports';
import { AccountConfigSchema } from '../../core/accounts/account-config';
import { LastTestSchema } from '../../core/accounts/connection-test';
import type { DocumentSpec } from './documents';

export const AccountsDocumentSchema = z.object({
  accounts: z.array(AccountConfigSchema),
  /** By account id. */
  lastTests: z.record(z.string(), LastTestSchema),
}) satisfies z.ZodType<AccountsDocument>;

export const accountsSpec: DocumentSpec<AccountsDocument> = {
  name: 'accounts',
  label: 'store.accounts.label',
  startsOver: 'store.accounts.startsOver',
  schema: AccountsDocumentSchema,
  defaults: { accounts: [], lastTests: {} },
};
