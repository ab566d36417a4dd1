// The Accounts view's state: the configured Amazon accounts, their connection tests and the last
// failure, kept by the shared connections store over the `accounts.*` commands.
import type { StoreApi } from 'zustand/vanilla';
import type { AccountEntry, AccountSaveRequest, ConnectionTestResult, FlagwatchApi } from '../../../preload/contract';
import { createConnectionsStore, type ConnectionsState } from '../../state/connections-store';

export type AccountsState = ConnectionsState<AccountEntry, AccountSaveRequest, ConnectionTestResult>;
export type AccountsStore = StoreApi<AccountsState>;

export function createAccountsStore(api: FlagwatchApi): AccountsStore {
  return createConnectionsStore({
    list: () => api.invoke('accounts.list', {}),
    save: (request) => api.invoke('accounts.save', request),
    remove: (id) => api.invoke('accounts.remove', { id }),
    test: (id) => api.invoke('accounts.test', { id }),
    actions: {
      load: 'accounts.action.load',
      save: 'accounts.action.save',
      remove: 'accounts.action.remove',
      test: 'accounts.action.test',
    },
  });
}
