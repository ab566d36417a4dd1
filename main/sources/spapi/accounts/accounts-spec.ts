// accounts.json as a store file: open it with the store adapter's openDocumentStore({...accountsSpec, dataDir, StoreClass}).
import type { DocumentSpec } from '../../../adapters/store/documents';
import { AccountsDocumentSchema, type AccountsDocument } from './accounts-document';

export const accountsSpec: DocumentSpec<AccountsDocument> = {
  name: 'accounts',
  label: 'Amazon accounts',
  startsOver:
    'the list of Amazon accounts starts empty: add each account again, with its client secret and refresh token',
  schema: AccountsDocumentSchema,
  defaults: { accounts: [], lastTests: {} },
};
