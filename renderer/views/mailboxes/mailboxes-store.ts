// The mailboxes section's state: the mailboxes with how each is being read, their connection tests
// and the last failure, kept by the shared connections store over the `mailboxes.*` commands. The
// host says when a mailbox's reading changes; the section then loads the list again.
import type { StoreApi } from 'zustand/vanilla';
import type { FlagwatchApi, MailboxEntry, MailboxSaveRequest, MailboxTestResult } from '../../../preload/contract';
import { createConnectionsStore, type ConnectionsState } from '../../state/connections-store';

export type MailboxesState = ConnectionsState<MailboxEntry, MailboxSaveRequest, MailboxTestResult>;
export type MailboxesStore = StoreApi<MailboxesState>;

export function createMailboxesStore(api: FlagwatchApi): MailboxesStore {
  return createConnectionsStore({
    list: () => api.invoke('mailboxes.list', {}),
    save: (request) => api.invoke('mailboxes.save', request),
    remove: (id) => api.invoke('mailboxes.remove', { id }),
    test: (id) => api.invoke('mailboxes.test', { id }),
    actions: {
      load: 'mailboxes.action.load',
      save: 'mailboxes.action.save',
      remove: 'mailboxes.action.remove',
      test: 'mailboxes.action.test',
    },
  });
}
