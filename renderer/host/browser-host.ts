// In a plain browser there is no preload: the page builds `window.flagwatch` itself, over the
// WebSocket that `flagwatch serve` opens on the same port, with the token from the page URL. The
// token is then taken out of the address (so it stays out of the history and off the screen) and
// kept for this tab only, so a reload still connects.
import { createBridge, FlagwatchError } from '../../preload/bridge';
import type { FlagwatchApi } from '../../preload/contract';
import { websocketTransport, type WebsocketTransport } from './websocket-transport';

type PageLocation = Pick<Location, 'protocol' | 'host' | 'search' | 'pathname' | 'hash'>;

export interface PageContext {
  location: PageLocation;
  /** This tab's storage: sessionStorage, which no other tab or site can read. */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

const tokenKey = 'flagwatch.token';

/** The run's token: from the address the first time (which then loses it), from this tab's storage after. */
export function takeToken({ location, storage, history }: PageContext): string {
  const params = new URLSearchParams(location.search);
  const fromAddress = params.get('token');
  if (fromAddress) {
    storage.setItem(tokenKey, fromAddress);
    params.delete('token');
    const search = params.size > 0 ? `?${params.toString()}` : '';
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    return fromAddress;
  }
  const kept = storage.getItem(tokenKey);
  if (!kept) throw new MissingTokenError();
  return kept;
}

/** The page was opened without the token `flagwatch serve` put in the address it printed. */
export class MissingTokenError extends FlagwatchError {
  constructor() {
    super(
      'This page needs the address that `flagwatch serve` printed: it carries the access token. Open that address again.',
      'invalid-request',
    );
  }
}

/** ws://127.0.0.1:<port>/ws?token=<token> for a page served at http://127.0.0.1:<port>/. */
export function socketUrl(location: Pick<PageLocation, 'protocol' | 'host'>, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`;
}

export function connectBrowserHost(page: PageContext): { api: FlagwatchApi; connection: WebsocketTransport } {
  const connection = websocketTransport({ url: socketUrl(page.location, takeToken(page)) });
  return { api: createBridge(connection), connection };
}
