// Which view shows, kept in the URL fragment: it works from file:// in Electron and over HTTP
// in the browser host, leaves the token in the query string alone, and gives Back for free.
import { useMemo, useSyncExternalStore } from 'react';
import { addNoticeRoute, helpRoute, notificationRoute, todayRoute } from '../../preload/contract';

export type Route =
  | { view: 'inbox' }
  | { view: 'notification'; id: string }
  | { view: 'health' }
  | { view: 'accounts' }
  | { view: 'settings' }
  | { view: 'appeals' }
  | { view: 'appeal'; id: string }
  | { view: 'today' }
  | { view: 'help'; notificationId: string | null }
  | { view: 'addNotice' };

const notificationPrefix = notificationRoute('');

/** The views that have a fixed address (the notification's carries its id). */
const fixedRoutes = {
  health: '#/health',
  accounts: '#/accounts',
  settings: '#/settings',
  appeals: '#/appeals',
  today: todayRoute,
  addNotice: addNoticeRoute,
} as const;
const appealPrefix = '#/appeal/';
const helpPrefix = helpRoute('');

export function routeFromHash(hash: string): Route {
  if (hash.startsWith(notificationPrefix)) {
    const id = safeDecode(hash.slice(notificationPrefix.length));
    if (id) return { view: 'notification', id };
  }
  if (hash.startsWith(appealPrefix)) {
    const id = safeDecode(hash.slice(appealPrefix.length));
    if (id) return { view: 'appeal', id };
  }
  if (hash === helpRoute()) return { view: 'help', notificationId: null };
  if (hash.startsWith(helpPrefix)) {
    const id = safeDecode(hash.slice(helpPrefix.length));
    if (id) return { view: 'help', notificationId: id };
  }
  if (hash === fixedRoutes.appeals) return { view: 'appeals' };
  if (hash === fixedRoutes.health) return { view: 'health' };
  if (hash === fixedRoutes.accounts) return { view: 'accounts' };
  if (hash === fixedRoutes.settings) return { view: 'settings' };
  if (hash === fixedRoutes.today) return { view: 'today' };
  if (hash === fixedRoutes.addNotice) return { view: 'addNotice' };
  return { view: 'inbox' };
}

export function hrefFor(route: Route): string {
  if (route.view === 'notification') return notificationRoute(route.id);
  if (route.view === 'appeal') return `${appealPrefix}${encodeURIComponent(route.id)}`;
  if (route.view === 'help') return helpRoute(route.notificationId ?? undefined);
  return route.view === 'inbox' ? '#/' : fixedRoutes[route.view];
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  // The part before "?" names the view; what follows is the view's own state (the inbox's
  // filters), which must not make the whole window render again on each letter typed.
  const path = useSyncExternalStore(subscribeToHash, () => window.location.hash.split('?')[0]!);
  return useMemo(() => routeFromHash(path), [path]);
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
