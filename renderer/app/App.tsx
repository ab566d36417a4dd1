// The window: header, banners, and the view the URL names: the inbox, one notification,
// Account health, the Amazon accounts or the settings.
import { useEffect, useState } from 'react';
import type { FlagwatchApi } from '../../preload/contract';
import { syncStoreWithBridge } from '../state/bridge-sync';
import type { FlagwatchStore } from '../state/flagwatch-store';
import { Accounts } from '../views/accounts/Accounts';
import { AccountHealth } from '../views/health/AccountHealth';
import { Inbox } from '../views/inbox/Inbox';
import { NotificationDetail } from '../views/notification/NotificationDetail';
import { Settings } from '../views/settings/Settings';
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
          <CurrentView api={api} />
        </main>
      </div>
    </StoreProvider>
  );
}

function CurrentView({ api }: { api: FlagwatchApi }) {
  const route = useRoute();
  // Remember where the seller came from, to put the keyboard focus somewhere sensible.
  const [shown, setShown] = useState<{ route: Route; from: Route | null }>({ route, from: null });
  if (shown.route !== route) setShown({ route, from: shown.route });

  useEffect(() => {
    // Back in the inbox: return the focus to the notification just viewed.
    if (shown.route.view !== 'inbox' || shown.from?.view !== 'notification') return;
    document.querySelector<HTMLElement>(`a[href="${hrefFor(shown.from)}"]`)?.focus();
  }, [shown]);

  if (route.view === 'notification')
    return <NotificationDetail key={route.id} id={route.id} focusHeading={shown.from !== null} />;
  if (route.view === 'health') return <AccountHealth api={api} />;
  if (route.view === 'accounts') return <Accounts api={api} />;
  if (route.view === 'settings') return <Settings api={api} />;
  return <Inbox />;
}
