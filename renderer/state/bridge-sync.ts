// Feeds the store from the host's events. The window subscribes first and asks for the current
// picture (the store's `load`) after, so nothing that happens in between is missed.
import type { FlagwatchApi } from '../../preload/contract';
import type { FlagwatchStore } from './flagwatch-store';

/** Returns the unsubscribe function. `openNotification` handles the host's "show this one". */
export function syncStoreWithBridge(
  store: FlagwatchStore,
  api: FlagwatchApi,
  openNotification: (id: string) => void,
): () => void {
  const state = store.getState();
  const unsubscribers = [
    api.on('inbox.changed', state.inboxChanged),
    api.on('status.changed', state.statusChanged),
    api.on('store.recovered', state.recovered),
    api.on('notification.open', ({ id }) => openNotification(id)),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
