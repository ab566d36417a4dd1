// The window: header, banners, and either the inbox or one notification, chosen by the URL.
import { useEffect, useState } from 'react';
import type { FlagwatchApi } from '../../preload/contract';
import { syncStoreWithBridge } from '../state/bridge-sync';
import type { FlagwatchStore } from '../state/flagwatch-store';
import { Inbox } from '../views/inbox/Inbox';
import { NotificationDetail } from '../views/notification/NotificationDetail';
import { Banners } from './Banners';
import { Header } from './Header';
import { hrefFor, navigate, useRoute, type Route } from './route';
import { StoreProvider } from './store-context';

export function App({ api, store }: { api: FlagwatchApi; store: FlagwatchStore }) {
  useEffect(() => syncStoreWithBridge(store, api, (id) => navigate({ view: 'notification', id })), [store, api]);
  return (
    <StoreProvider store={store}>
      <div className="app">
        <Header />
        <Banners />
        <main className="content">
          <CurrentView />
        </main>
      </div>
    </StoreProvider>
  );
}

function CurrentView() {
  const route = useRoute();
  // Remember where the seller came from, to put the keyboard focus somewhere sensible.
  const [shown, setShown] = useState<{ route: Route; from: Route | null }>({ route, from: null });
  if (shown.route !== route) setShown({ route, from: shown.route });

  useEffect(() => {
    // Back in the inbox: return the focus to the notification just viewed.
    if (shown.route.view !== 'inbox' || shown.from?.view !== 'notification') return;
    document.querySelector<HTMLElement>(`a[href="${hrefFor(shown.from)}"]`)?.focus();
  }, [shown]);

  if (route.view === 'notification') return <NotificationDetail key={route.id} id={route.id} focusHeading={shown.from !== null} />;
  return <Inbox />;
}
