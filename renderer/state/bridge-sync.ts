// Feeds the store from the host: subscribes to every event first, then asks for the current
// picture, so nothing that happens in between is missed.
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
  void state.load();
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
