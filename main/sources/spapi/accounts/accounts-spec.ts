// accounts.json as a store file: open it with the store adapter's openDocumentStore({...accountsSpec, dataDir, StoreClass}).
import type { DocumentSpec } from '../../../adapters/store/documents';
import { AccountsDocumentSchema, type AccountsDocument } from './accounts-document';

export const accountsSpec: DocumentSpec<AccountsDocument> = {
  name: 'accounts',
  label: 'store.accounts.label',
  startsOver: 'store.accounts.startsOver',
  schema: AccountsDocumentSchema,
  defaults: { accounts: [], lastTests: {} },
};
