// The window: header, banners, and the view the URL names: Today, the inbox, one notification,
// Account health, the Amazon accounts, the settings or the appeals, in the language the seller chose.
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useStore } from 'zustand';
import type { FlagwatchApi } from '../../preload/contract';
import { I18nProvider, useTranslator } from '../i18n/i18n-context';
import { createLanguageStore } from '../i18n/language-store';
import { loadCatalogue } from '../i18n/load-catalogue';
import { syncStoreWithBridge } from '../state/bridge-sync';
import type { FlagwatchStore } from '../state/flagwatch-store';
import { Accounts } from '../views/accounts/Accounts';
import { Mailboxes } from '../views/mailboxes/Mailboxes';
import { Inbox } from '../views/inbox/Inbox';
import { AddNotice } from '../views/notice/AddNotice';
import { NotificationDetail } from '../views/notification/NotificationDetail';
import { Settings } from '../views/settings/Settings';
import { Today } from '../views/today/Today';
import { ApiProvider } from './api-context';
import { Banners } from './Banners';
import { Header } from './Header';
import { openOnTodayWhenBusy } from './opening-view';
import { navigate, useRoute, type Route } from './route';
import { ShortcutHelp } from './ShortcutHelp';
import { StoreProvider } from './store-context';
import { applyTheme } from './theme';

// The appeal views are their own chunks, fetched when an appeal opens.
// The list's code, once fetched, is rendered directly: a lazy component would still show its
// fallback once, and React holds a fallback on screen for 300 ms.
let fetchedAppealsList: ComponentType | null = null;
const loadAppealsList = () =>
  import('../views/appeal/AppealsList').then((module) => {
    fetchedAppealsList = module.default;
    return module;
  });
const AppealsList = lazy(loadAppealsList);
const AppealWorkspace = lazy(() => import('../views/appeal/AppealWorkspace'));
const SupportView = lazy(() => import('../views/support/SupportView'));
// Account health, its chart and the chart's library load when the view opens.
const AccountHealth = lazy(() => import('../views/health/AccountHealth').then((m) => ({ default: m.AccountHealth })));

export function App({ api, store }: { api: FlagwatchApi; store: FlagwatchStore }) {
  const [languages] = useState(() => createLanguageStore({ api, preferred: () => navigator.languages, loadCatalogue }));
  useEffect(() => syncStoreWithBridge(store, api, (id) => navigate({ view: 'notification', id })), [store, api]);
  // The picture (the inbox above all) is asked for once the window's words are in: the host
  // answers in turn, and the words would otherwise wait behind the inbox's large answer, and
  // the window with them.
  const translated = useStore(languages, (s) => s.translator !== null);
  useEffect(() => {
    if (translated) void store.getState().load();
  }, [translated, store]);
  useEffect(() => api.on('today.open', () => navigate({ view: 'today' })), [api]);
  useEffect(() => api.on('help.open', () => navigate({ view: 'help', notificationId: null })), [api]);
  useEffect(() => api.on('notice.paste', () => navigate({ view: 'addNotice' })), [api]);
  useEffect(() => void openOnTodayWhenBusy(api), [api]);
  // The saved theme from the start; Settings applies a new one as it is saved.
  useEffect(
    () =>
      void api.invoke('settings.get', {}).then(
        (settings) => applyTheme(settings.theme),
        () => {},
      ),
    [api],
  );
  // The saved appeals' list is fetched once the window has settled, so opening it never waits for its code.
  useEffect(() => {
    const timer = setTimeout(() => void loadAppealsList(), 1_000);
    return () => clearTimeout(timer);
  }, []);
  return (
    <ApiProvider api={api}>
      <StoreProvider store={store}>
        <I18nProvider store={languages}>
          <div className="app">
            <Header />
            <Banners />
            <main className="content">
              <CurrentView />
            </main>
          </div>
          <ShortcutHelp />
        </I18nProvider>
      </StoreProvider>
    </ApiProvider>
  );
}

function CurrentView() {
  const route = useRoute();
  // Remember where the seller came from, to put the keyboard focus somewhere sensible.
  const [shown, setShown] = useState<{ route: Route; from: Route | null }>({ route, from: null });
  if (shown.route !== route) setShown({ route, from: shown.route });

  if (route.view === 'notification')
    return <NotificationDetail key={route.id} id={route.id} focusHeading={shown.from !== null} />;
  if (route.view === 'health') return <HealthView />;
  if (route.view === 'accounts')
    return (
      <>
        <Accounts />
        <Mailboxes />
      </>
    );
  if (route.view === 'settings') return <Settings />;
  if (route.view === 'appeals' || route.view === 'appeal') return <AppealView route={route} />;
  if (route.view === 'today') return <Today />;
  if (route.view === 'help') return <HelpView notificationId={route.notificationId} />;
  if (route.view === 'addNotice') return <AddNotice />;
  // Back in the inbox: the focus returns to the notification just viewed.
  return <Inbox returnTo={shown.from?.view === 'notification' ? shown.from.id : null} />;
}

function AppealView({ route }: { route: Extract<Route, { view: 'appeals' | 'appeal' }> }) {
  const i18n = useTranslator();
  const List = fetchedAppealsList ?? AppealsList;
  return (
    <Suspense fallback={<p className="loading">{i18n.t('common.loading')}</p>}>
      {route.view === 'appeal' ? <AppealWorkspace key={route.id} id={route.id} /> : <List />}
    </Suspense>
  );
}

function HelpView({ notificationId }: { notificationId: string | null }) {
  const i18n = useTranslator();
  return (
    <Suspense fallback={<p className="loading">{i18n.t('support.loading')}</p>}>
      <SupportView notificationId={notificationId} />
    </Suspense>
  );
}

function HealthView() {
  const i18n = useTranslator();
  return (
    <Suspense fallback={<p className="loading">{i18n.t('health.loading')}</p>}>
      <AccountHealth />
    </Suspense>
  );
}
