import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Source } from '../../../../main/app/ports';
import { createFlagwatchApp } from '../../../../main/app/service';
import { createConsoleLogger } from '../../../../main/adapters/logger/console-logger';
import type { SourceNotification } from '../../../../main/core/schema';
import { startHostServer, type HostServer } from '../../../../main/node/serve/host-server';
import { ServerMessageSchema, type ServerMessage } from '../../../../preload/contract';
import { createFakeClock } from '../../../support/fake-clock';
import { snapshot, sourceNotification } from '../../../support/fixtures';
import { memoryAccountHandlers } from '../../../support/memory-accounts';
import { memoryStores } from '../../../support/memory-stores';

const TOKEN = 'test-token-0123456789abcdefghijklmn';
const INDEX_HTML = '<!doctype html><title>Flagwatch</title>';
const SECRET = 'the seller’s private notes';

let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'flagwatch-host-'));
  rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("flagwatch")');
  await writeFile(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'secret.txt'), SECRET);
});

afterAll(() => rm(root, { recursive: true, force: true }));

/** The real app service over in-memory stores, fed by a source whose notifications the test sets. */
async function startHost() {
  const clock = createFakeClock();
  let current: SourceNotification[] = [sourceNotification()];
  const source: Source = {
    id: 'test',
    minIntervalMs: 60_000,
    poll: async () => snapshot(current, { takenAt: clock.now().toISOString() }),
  };
  const logLines: string[] = [];
  const app = createFlagwatchApp({
    stores: memoryStores(),
    sources: [source],
    accountHandlers: memoryAccountHandlers(),
    notifier: { show: async () => {} },
    clock,
    logger: createConsoleLogger((line) => logLines.push(line)),
  });
  await app.refreshNow();
  const server = await startHostServer({
    app,
    rendererDir,
    port: 0,
    token: TOKEN,
    logger: createConsoleLogger((line) => logLines.push(line)),
  });
  return {
    app,
    server,
    logLines,
    setNotifications: (next: SourceNotification[]) => (current = next),
  };
}

let host: Awaited<ReturnType<typeof startHost>>;
const sockets: WebSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await host?.server.close();
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request with the path sent byte for byte (fetch would normalise `..` away). */
function get(
  server: HostServer,
  rawPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: rawPath,
        method,
        headers: { host: `127.0.0.1:${server.port}`, ...headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function socketUrl(server: HostServer, token = TOKEN): string {
  return `ws://127.0.0.1:${server.port}/ws?token=${encodeURIComponent(token)}`;
}

/** An open socket that queues every message it receives, parsed against the contract. */
async function connect(server: HostServer) {
  const socket = new WebSocket(socketUrl(server), { origin: server.origin });
  sockets.push(socket);
  const received: ServerMessage[] = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    received.push(ServerMessageSchema.parse(JSON.parse(data.toString())));
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const next = async (matches: (m: ServerMessage) => boolean): Promise<ServerMessage> => {
    for (;;) {
      const index = received.findIndex(matches);
      if (index >= 0) return received.splice(index, 1)[0]!;
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };
  return {
    socket,
    send: (message: unknown) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    result: (id: number) => next((m) => m.type === 'result' && m.id === id),
    event: (name: string) => next((m) => m.type === 'event' && m.event === name),
  };
}

/** The HTTP status of a refused WebSocket handshake (null when it was accepted). */
function handshakeStatus(url: string, origin?: string, headers: Record<string, string> = {}): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { ...(origin ? { origin } : {}), headers });
    sockets.push(socket);
    socket.on('unexpected-response', (req, res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    socket.on('open', () => resolve(null));
    socket.on('error', reject);
  });
}

describe('the page', () => {
  it('is public code served without the token (so a reload works once the page drops it), never cached', async () => {
    host = await startHost();
    for (const target of ['/', '/index.html', `/?token=${TOKEN}`]) {
      const page = await get(host.server, target);
      expect(page.status, target).toBe(200);
      expect(page.body).toBe(INDEX_HTML);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-store');
    }
  });

  it('sends its content security policy as a header: no forms, no framing, only its own socket', async () => {
    host = await startHost();
    const policy = (await get(host.server, '/')).headers['content-security-policy'];
    expect(policy).toContain("form-action 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain(`connect-src 'self' ws://127.0.0.1:${host.server.port}`);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('prints a page URL that carries the token, on 127.0.0.1', async () => {
    host = await startHost();
    expect(host.server.pageUrl).toBe(`http://127.0.0.1:${host.server.port}/?token=${TOKEN}`);
    expect(host.server.origin).toBe(`http://127.0.0.1:${host.server.port}`);
  });

  it('serves the bundle files without the token, with their content types and security headers', async () => {
    host = await startHost();
    const js = await get(host.server, '/assets/app.js');
    expect(js).toMatchObject({ status: 200, body: 'console.log("flagwatch")' });
    expect(js.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
    expect((await get(host.server, '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await get(host.server, '/assets/app.js', {}, 'HEAD');
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe(String('console.log("flagwatch")'.length));
  });

  it('refuses paths that lead out of the renderer folder', async () => {
    host = await startHost();
    const attempts: Array<[string, number]> = [
      ['/../secret.txt', 404],
      ['/assets/../../secret.txt', 404],
      ['/%2e%2e/secret.txt', 404],
      ['/..%2fsecret.txt', 404],
      ['/assets/..%2f..%2fsecret.txt', 404],
      ['/..%5csecret.txt', 404],
      [`/${encodeURIComponent(path.join(root, 'secret.txt'))}`, 404],
      ['/secret.txt%00.js', 404],
      ['/%E0%A4%A', 404],
      // Would parse as a URL with host "secret.txt".
      ['//secret.txt', 400],
    ];
    for (const [target, status] of attempts) {
      const response = await get(host.server, target);
      expect(response.status, target).toBe(status);
      expect(response.body, target).not.toContain(SECRET);
    }
  });

  it('answers 404 for missing files and folders, 405 for other methods, 421 for another Host', async () => {
    host = await startHost();
    expect((await get(host.server, '/assets/missing.js')).status).toBe(404);
    expect((await get(host.server, '/assets')).status).toBe(404);
    const post = await get(host.server, '/assets/app.js', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    // A DNS-rebinding page reaches 127.0.0.1 under its own host name.
    const rebound = await get(host.server, `/?token=${TOKEN}`, { host: `attacker.example:${host.server.port}` });
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain(INDEX_HTML);
  });
});

describe('the WebSocket', () => {
  it('refuses a wrong or missing token with 401, a foreign or missing Origin with 403, other paths with 404', async () => {
    host = await startHost();
    const { server } = host;
    expect(await handshakeStatus(socketUrl(server, 'wrong'), server.origin)).toBe(401);
    expect(await handshakeStatus(`ws://127.0.0.1:${server.port}/ws`, server.origin)).toBe(401);
    expect(await handshakeStatus(socketUrl(server), 'http://attacker.example')).toBe(403);
    expect(await handshakeStatus(socketUrl(server), `http://localhost:${server.port}`)).toBe(403);
    expect(await handshakeStatus(socketUrl(server))).toBe(403);
    expect(await handshakeStatus(`ws://127.0.0.1:${server.port}/other?token=${TOKEN}`, server.origin)).toBe(404);
    expect(await handshakeStatus(socketUrl(server), server.origin)).toBeNull();
  });

  it('refuses a valid token sent to another Host name (DNS rebinding) with 421', async () => {
    host = await startHost();
    const { server } = host;
    const rebound = await handshakeStatus(socketUrl(server), server.origin, { host: `evil.example:${server.port}` });
    expect(rebound).toBe(421);
  });

  it('logs the first refusal of a minute and counts the rest, so a flood of them cannot flood the log', async () => {
    host = await startHost();
    const { server } = host;
    for (let i = 0; i < 40; i++)
      expect(await handshakeStatus(socketUrl(server, `wrong-${i}`), server.origin)).toBe(401);
    await server.close();
    expect(host.logLines.filter((l) => l.includes('refused a websocket connection'))).toHaveLength(1);
    expect(host.logLines.filter((l) => l.includes('refused more websocket connections'))).toEqual([
      expect.stringContaining('count=39'),
    ]);
  });

  it('refuses more than 16 windows at once with 503, and accepts again when one closes', async () => {
    host = await startHost();
    const open: Array<Awaited<ReturnType<typeof connect>>> = [];
    for (let i = 0; i < 16; i++) open.push(await connect(host.server));
    expect(await handshakeStatus(socketUrl(host.server), host.server.origin)).toBe(503);
    const closed = new Promise((resolve) => open[0]!.socket.once('close', resolve));
    open[0]!.socket.close();
    await closed;
    await expect.poll(() => handshakeStatus(socketUrl(host.server), host.server.origin)).toBeNull();
  });

  it('runs a command through the contract and answers with its id', async () => {
    host = await startHost();
    const client = await connect(host.server);
    client.send({ type: 'invoke', id: 7, command: 'inbox.get', request: {} });
    const answer = await client.result(7);
    expect(answer).toMatchObject({ type: 'result', id: 7, envelope: { ok: true } });
    const view = (answer as { envelope: { value: { badge: { unread: number }; notifications: { id: string }[] } } })
      .envelope.value;
    expect(view.badge.unread).toBe(1);

    client.send({
      type: 'invoke',
      id: 8,
      command: 'notification.setRead',
      request: { id: view.notifications[0]!.id, read: true },
    });
    expect(await client.result(8)).toMatchObject({ envelope: { ok: true, value: { badge: { unread: 0 } } } });
    expect(host.app.badge().unread).toBe(0);
  });

  it('answers a request that breaks the contract with an error envelope, and keeps serving', async () => {
    host = await startHost();
    const client = await connect(host.server);
    client.send({ type: 'invoke', id: 1, command: 'notification.setRead', request: { id: 'x', read: 'yes' } });
    expect(await client.result(1)).toMatchObject({
      envelope: {
        ok: false,
        error: { code: 'invalid-request', message: expect.stringMatching(/\(notification\.setRead: read:/) },
      },
    });
    client.send({ type: 'invoke', id: 2, command: 'shell.exec', request: {} });
    expect(await client.result(2)).toMatchObject({ envelope: { ok: false, error: { code: 'unknown-command' } } });
    client.send({ type: 'invoke', id: 3, command: 'notification.setRead', request: { id: 'no-such-id', read: true } });
    expect(await client.result(3)).toMatchObject({ envelope: { ok: false, error: { code: 'not-found' } } });
    client.send({ type: 'call', id: 4, command: 'inbox.get' });
    expect(await client.result(4)).toMatchObject({
      envelope: {
        ok: false,
        error: { code: 'invalid-request', message: expect.stringMatching(/^Malformed message: message: type/) },
      },
    });
  });

  it('names only a few of a hostile payload’s bad fields, keeping the answer small', async () => {
    host = await startHost();
    const client = await connect(host.server);
    const request = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`key${i}`, i]));
    client.send({ type: 'invoke', id: 5, command: 'inbox.get', request });
    const answer = await client.result(5);
    expect(answer).toMatchObject({ envelope: { ok: false, error: { code: 'invalid-request' } } });
    expect(JSON.stringify(answer).length).toBeLessThan(2_000);
  });

  it('logs and skips messages it cannot answer (not JSON, no id, binary), without dropping the connection', async () => {
    host = await startHost();
    const client = await connect(host.server);
    client.send('{"type":"invoke",');
    client.send({ type: 'invoke', command: 'inbox.get', request: {} });
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    client.send({ type: 'invoke', id: 9, command: 'status.get', request: {} });
    expect(await client.result(9)).toMatchObject({ envelope: { ok: true } });
    expect(host.logLines.filter((l) => l.includes('ignored a malformed websocket message'))).toEqual([
      expect.stringContaining('reason="not JSON"'),
      expect.stringContaining('reason="message: id:'),
      expect.stringContaining('reason="binary frames are not part of the contract"'),
    ]);
  });

  it('broadcasts every app event to every connected page', async () => {
    host = await startHost();
    const first = await connect(host.server);
    const second = await connect(host.server);
    host.setNotifications([
      sourceNotification(),
      sourceNotification({ key: 'lsr-2026-11-02', title: 'Late Shipment Rate still above target' }),
    ]);
    await host.app.refreshNow();
    for (const client of [first, second]) {
      const changed = await client.event('inbox.changed');
      expect(changed).toMatchObject({ payload: { badge: { unread: 2 } } });
      await client.event('status.changed');
    }
    host.app.openNotification('n_1');
    expect(await second.event('notification.open')).toMatchObject({ payload: { id: 'n_1' } });
  });

  it('says goodbye to connected pages when it closes', async () => {
    host = await startHost();
    const client = await connect(host.server);
    const closed = new Promise<number>((resolve) => client.socket.once('close', (code) => resolve(code)));
    await host.server.close();
    expect(await closed).toBe(1001);
    await expect(get(host.server, `/?token=${TOKEN}`)).rejects.toThrow(/ECONNREFUSED/);
    host = undefined as never;
  });
});
