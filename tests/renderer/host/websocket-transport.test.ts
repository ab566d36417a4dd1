import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridge, FlagwatchError } from '../../../preload/bridge';
import type { ClientMessage, Envelope, InboxView } from '../../../preload/contract';
import {
  reconnectBackoff,
  websocketTransport,
  type ConnectionState,
  type SocketLike,
} from '../../../renderer/host/websocket-transport';
import { aStatus } from '../fixtures';

/** A socket the test drives: it records what the page sent and plays the host's side. */
class FakeSocket implements SocketLike {
  static all: FakeSocket[] = [];
  sent: ClientMessage[] = [];
  closedWith: number | null = null;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }

  close(code = 1000): void {
    this.closedWith = code;
    this.drop(code);
  }

  open(): void {
    this.onopen?.(new Event('open'));
  }

  receive(message: unknown): void {
    this.onmessage?.(
      new MessageEvent('message', { data: typeof message === 'string' ? message : JSON.stringify(message) }),
    );
  }

  answer(id: number, envelope: Envelope): void {
    this.receive({ type: 'result', id, envelope });
  }

  drop(code = 1006): void {
    this.onclose?.(new CloseEvent('close', { code }));
  }
}

function latestSocket(): FakeSocket {
  const socket = FakeSocket.all.at(-1);
  if (!socket) throw new Error('no socket was opened');
  return socket;
}

function connect(reconnectDelay = (attempt: number) => attempt * 1000) {
  const transport = websocketTransport({
    url: 'ws://127.0.0.1:5000/ws?token=t',
    createSocket: (url) => new FakeSocket(url),
    reconnectDelay,
  });
  return { transport, socket: latestSocket() };
}

const ok = (value: unknown): Envelope => ({ ok: true, value });

describe('the WebSocket transport', () => {
  beforeEach(() => {
    FakeSocket.all = [];
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('connects to the given URL and sends requests made before the socket opened once it opens', async () => {
    const { transport, socket } = connect();
    expect(socket.url).toBe('ws://127.0.0.1:5000/ws?token=t');

    const answer = transport.invoke('status.get', {});
    expect(socket.sent).toEqual([]);
    socket.open();
    expect(socket.sent).toEqual([{ type: 'invoke', id: 1, command: 'status.get', request: {} }]);

    socket.answer(1, ok('done'));
    await expect(answer).resolves.toEqual(ok('done'));
  });

  it('matches results to requests by id, whatever order they come back in', async () => {
    const { transport, socket } = connect();
    socket.open();
    const first = transport.invoke('inbox.get', {});
    const second = transport.invoke('notification.setRead', { id: 'n1', read: true });
    const [a, b] = socket.sent;

    socket.answer(b!.id, ok('second'));
    socket.answer(a!.id, { ok: false, error: { code: 'failed', message: 'disk full' } });

    await expect(second).resolves.toEqual(ok('second'));
    await expect(first).resolves.toEqual({ ok: false, error: { code: 'failed', message: 'disk full' } });
    expect(b!.request).toEqual({ id: 'n1', read: true });
  });

  it('hands events to the subscribers of that event only, until they unsubscribe', () => {
    const { transport, socket } = connect();
    socket.open();
    const opened: unknown[] = [];
    const statuses: unknown[] = [];
    const stop = transport.subscribe('notification.open', (p) => opened.push(p));
    transport.subscribe('status.changed', (p) => statuses.push(p));

    socket.receive({ type: 'event', event: 'notification.open', payload: { id: 'n1' } });
    stop();
    socket.receive({ type: 'event', event: 'notification.open', payload: { id: 'n2' } });
    socket.receive({ type: 'event', event: 'not.an.event', payload: {} });

    expect(opened).toEqual([{ id: 'n1' }]);
    expect(statuses).toEqual([]);
  });

  it('ignores malformed messages and results nobody is waiting for', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { transport, socket } = connect();
    socket.open();
    const answer = transport.invoke('status.get', {});

    socket.receive('not json');
    socket.receive({ type: 'result', id: 'one' });
    socket.answer(99, ok('stray'));
    socket.answer(1, ok('mine'));

    await expect(answer).resolves.toEqual(ok('mine'));
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('fails every pending request with a clear error when the socket closes', async () => {
    const { transport, socket } = connect();
    socket.open();
    const pending = transport.invoke('inbox.get', {});
    const alsoPending = transport.invoke('poll.refresh', {});

    socket.drop(1006);

    await expect(pending).rejects.toThrow(
      'Lost the connection to Flagwatch before "inbox.get" was answered (code 1006). Reconnecting…',
    );
    await expect(alsoPending).rejects.toBeInstanceOf(FlagwatchError);
    await expect(transport.invoke('status.get', {})).rejects.toThrow(
      'Not connected to Flagwatch: "status.get" was not sent. Reconnecting…',
    );
  });

  it('says the host could not be reached when the socket never opened', async () => {
    const { transport, socket } = connect();
    const pending = transport.invoke('inbox.get', {});

    socket.drop(1006);

    await expect(pending).rejects.toThrow(
      'Could not reach Flagwatch to run "inbox.get" (code 1006). Is `flagwatch serve` still running?',
    );
  });

  it('reconnects with growing pauses, reports its state, and starts over after a success', () => {
    vi.useFakeTimers();
    const { transport, socket } = connect();
    const states: ConnectionState[] = [];
    transport.onConnectionChange((s) => states.push(s));
    socket.open();

    socket.drop();
    vi.advanceTimersByTime(999);
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(2);

    latestSocket().drop();
    vi.advanceTimersByTime(1999);
    expect(FakeSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(3);

    latestSocket().open();
    latestSocket().drop();
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.all).toHaveLength(4);
    expect(states).toEqual(['open', 'closed', 'connecting', 'closed', 'connecting', 'open', 'closed', 'connecting']);
  });

  it('stops for good when closed: no reconnect, pending requests fail, new ones are refused', async () => {
    vi.useFakeTimers();
    const { transport, socket } = connect();
    socket.open();
    const pending = transport.invoke('inbox.get', {});

    transport.close();

    expect(socket.closedWith).toBe(1000);
    await expect(pending).rejects.toThrow('The connection to Flagwatch was closed before "inbox.get" was answered.');
    await expect(transport.invoke('inbox.get', {})).rejects.toThrow(/connection to Flagwatch is closed/);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('backs off from half a second up to thirty', () => {
    expect([1, 2, 3, 4, 7, 20].map(reconnectBackoff)).toEqual([500, 1000, 2000, 4000, 30_000, 30_000]);
  });

  it('carries the bridge end to end: a validated answer, and the host error as a FlagwatchError', async () => {
    const { transport, socket } = connect();
    const bridge = createBridge(transport);
    socket.open();

    const status = bridge.invoke('status.get', {});
    socket.answer(socket.sent[0]!.id, ok(aStatus({ polling: true })));
    await expect(status).resolves.toMatchObject({ polling: true });

    const refused = bridge.invoke('notification.setRead', { id: 'gone', read: true });
    socket.answer(socket.sent[1]!.id, {
      ok: false,
      error: { code: 'not-found', message: 'No notification with id gone' },
    });
    await expect(refused).rejects.toMatchObject({ code: 'not-found', message: 'No notification with id gone' });

    const views: InboxView[] = [];
    bridge.on('inbox.changed', (v) => views.push(v));
    socket.receive({ type: 'event', event: 'inbox.changed', payload: { notifications: 'broken' } });
    expect(views).toEqual([]);
  });
});
