// Who may open the contract's WebSocket: a request to /ws carrying the run's token, sent by our
// own page. Browsers always send Origin on a WebSocket and scripts cannot forge it, so a check
// of Origin stops other web pages (cross-site requests, DNS rebinding) even if they could guess
// the port; the token stops other local users and processes; the Host check, like the page's,
// refuses a DNS-rebinding name before anything else is looked at.
import type { IncomingMessage } from 'node:http';
import { tokenMatches } from './access-token';

export const SOCKET_PATH = '/ws';

export interface SocketAccess {
  token: string;
  /** "127.0.0.1:<port>": the only Host a request may name. */
  host(): string;
  /** "http://127.0.0.1:<port>": the page's own origin. */
  origin(): string;
}

export interface Refusal {
  status: 401 | 403 | 404 | 421 | 503;
  message: string;
}

export function upgradeRefusal(req: Pick<IncomingMessage, 'url' | 'headers'>, access: SocketAccess): Refusal | null {
  if (req.headers.host !== access.host()) {
    return { status: 421, message: `This server answers only to ${access.host()}.` };
  }
  const url = new URL(`${access.origin()}${req.url?.startsWith('/') ? req.url : '/'}`);
  if (url.pathname !== SOCKET_PATH) return { status: 404, message: 'Not found.' };
  if (!tokenMatches(access.token, url.searchParams.get('token'))) {
    return { status: 401, message: 'Missing or wrong access token.' };
  }
  if (req.headers.origin !== access.origin()) {
    return { status: 403, message: `Only pages from ${access.origin()} may connect.` };
  }
  return null;
}
