// The Node host's server: HTTP for the built renderer and a WebSocket for the contract, on
// 127.0.0.1 only (never another interface: the inbox is the seller's business alone).
import { createServer, STATUS_CODES, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Logger } from '../../app/ports';
import { serveContract, type ContractApp } from './contract-socket';
import { createHttpHandler } from './http-handler';
import { createRefusalLog } from './refusal-log';
import { upgradeRefusal } from './upgrade-gate';

export const LOOPBACK = '127.0.0.1';
/**
 * Far above any command's request, a restore's backup included (10,000 notifications make about
 * 8 MB); a larger frame closes that socket.
 */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Windows open at once: far above a seller's tabs, far below what would strain the host. */
const MAX_CONNECTIONS = 16;
/** What one page may leave unread before it is cut off: events for a page that never reads pile up here. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** How long pages get to close their sockets politely on shutdown. */
const CLOSE_GRACE_MS = 1000;

export interface HostServerOptions {
  app: ContractApp;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token: string;
  logger: Logger;
}

export interface HostServer {
  /** The page to open: http://127.0.0.1:<port>/?token=<token> */
  readonly pageUrl: string;
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const { token, logger } = options;
  let port = options.port;
  const host = () => `${LOOPBACK}:${port}`;
  const origin = () => `http://${host()}`;

  const handle = createHttpHandler({ rendererDir: options.rendererDir, host });
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('serving a request failed', { error: String(error) });
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const stopEvents = serveContract(wss, options.app, logger, MAX_BUFFERED_BYTES);
  const refusals = createRefusalLog(logger);

  server.on('upgrade', (req, socket: Socket, head) => {
    socket.on('error', () => socket.destroy());
    const refusal =
      upgradeRefusal(req, { token, host, origin }) ??
      (wss.clients.size >= MAX_CONNECTIONS
        ? { status: 503 as const, message: `At most ${MAX_CONNECTIONS} windows may be open at once: close one.` }
        : null);
    if (refusal) {
      refusals.refused({ status: refusal.status, reason: refusal.message });
      return refuse(socket, refusal.status, refusal.message);
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  port = await listen(server, options.port);
  return {
    pageUrl: `${origin()}/?token=${token}`,
    origin: origin(),
    port,
    async close() {
      stopEvents();
      refusals.flush();
      await closeSockets(wss);
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on ${LOOPBACK} is already in use: stop the program using it, or choose another port with --port.`,
            )
          : error,
      );
    };
    server.once('error', onError);
    server.listen(port, LOOPBACK, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function refuse(socket: Socket, status: number, message: string): void {
  const body = `${message}\n`;
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/** Says goodbye (1001 "going away") to every page, then cuts whoever has not answered in time. */
async function closeSockets(wss: WebSocketServer): Promise<void> {
  const clients = [...wss.clients];
  const closed = clients.map((client) => new Promise<void>((resolve) => client.once('close', () => resolve())));
  for (const client of clients) client.close(1001, 'Flagwatch is shutting down');
  const timer = setTimeout(() => clients.forEach((client) => client.terminate()), CLOSE_GRACE_MS);
  await Promise.all(closed);
  clearTimeout(timer);
}
