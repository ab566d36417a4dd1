// In a plain browser there is no preload: the page builds `window.flagwatch` itself, over the
// WebSocket that `flagwatch serve` opens on the same port, with the token from the page URL.
import { createBridge, FlagwatchError } from '../../preload/bridge';
import type { FlagwatchApi } from '../../preload/contract';
import { websocketTransport, type WebsocketTransport } from './websocket-transport';

type PageLocation = Pick<Location, 'protocol' | 'host' | 'search'>;

/** The page was opened without the token `flagwatch serve` put in the address it printed. */
export class MissingTokenError extends FlagwatchError {
  constructor() {
    super(
      'This page needs the address that `flagwatch serve` printed: it carries the access token. Open that address again.',
      'invalid-request',
    );
  }
}

/** ws://127.0.0.1:<port>/ws?token=<token> for a page served at http://127.0.0.1:<port>/?token=<token>. */
export function socketUrl(location: PageLocation): string {
  const token = new URLSearchParams(location.search).get('token');
  if (!token) throw new MissingTokenError();
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`;
}

export function connectBrowserHost(location: PageLocation): { api: FlagwatchApi; connection: WebsocketTransport } {
  const connection = websocketTransport({ url: socketUrl(location) });
  return { api: createBridge(connection), connection };
}
