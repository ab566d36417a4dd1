// accounts.json's content: the configured SP-API accounts and the last "Test connection" answer
// of each. No secret ever goes in here (see account-secrets.ts).
import { z } from 'zod';
import { AccountConfigSchema } from './account-config';
import { LastTestSchema } from './connection-test';

export const AccountsDocumentSchema = z.object({
  accounts: z.array(AccountConfigSchema),
  /** By account id. */
  lastTests: z.record(z.string(), LastTestSchema),
});
export type AccountsDocument = z.infer<typeof AccountsDocumentSchema>;
