// The browser host's transport: the contract's messages over one WebSocket to `flagwatch serve`.
// Results are matched to requests by id. A dropped socket fails whatever was waiting with an
// error a person can read, and the transport reconnects with growing pauses so a restarted
// host is picked up again without reloading the page.
import { FlagwatchError, type Transport } from '../../preload/bridge';
import {
  ServerMessageSchema,
  isEventName,
  type ClientMessage,
  type CommandName,
  type Envelope,
  type EventName,
} from '../../preload/contract';

/** The part of the browser's WebSocket the transport uses; tests pass a fake. */
export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
}

export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface WebsocketTransportOptions {
  url: string;
  createSocket?: (url: string) => SocketLike;
  /** Pause in ms before reconnect attempt `attempt` (1, 2, ...). */
  reconnectDelay?: (attempt: number) => number;
}

export interface WebsocketTransport extends Transport {
  onConnectionChange(listener: (state: ConnectionState) => void): () => void;
  /** Closes the socket for good: no reconnect, pending requests fail. */
  close(): void;
}

/** 0.5 s, 1 s, 2 s, ... capped at 30 s: quick when the host restarts, quiet when it is gone. */
export function reconnectBackoff(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** (attempt - 1));
}

interface Pending {
  command: CommandName;
  resolve(envelope: Envelope): void;
  reject(error: Error): void;
}

export function websocketTransport(options: WebsocketTransportOptions): WebsocketTransport {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url));
  const reconnectDelay = options.reconnectDelay ?? reconnectBackoff;
  const pending = new Map<number, Pending>();
  const subscribers = new Map<EventName, Set<(payload: unknown) => void>>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  /** Requests made while the socket is still opening; sent as soon as it opens. */
  let outbox: string[] = [];
  let socket: SocketLike | null = null;
  let state: ConnectionState = 'connecting';
  let attempts = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let nextId = 1;

  function setState(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    for (const listener of connectionListeners) listener(next);
  }

  function failPending(reason: (command: CommandName) => string): void {
    const failed = [...pending.values()];
    pending.clear();
    outbox = [];
    for (const p of failed) p.reject(new FlagwatchError(reason(p.command), 'disconnected'));
  }

  function connect(): void {
    const current = createSocket(options.url);
    socket = current;
    setState('connecting');
    current.onopen = () => {
      attempts = 0;
      setState('open');
      for (const text of outbox) current.send(text);
      outbox = [];
    };
    current.onmessage = (event) => receive(event.data);
    current.onclose = (event) => {
      if (socket !== current) return;
      const wasOpen = state === 'open';
      socket = null;
      failPending((command) =>
        stopped
          ? `The connection to Flagwatch was closed before "${command}" was answered.`
          : wasOpen
            ? `Lost the connection to Flagwatch before "${command}" was answered (code ${event.code}). Reconnecting…`
            : `Could not reach Flagwatch to run "${command}" (code ${event.code}). Is \`flagwatch serve\` still running?`,
      );
      setState('closed');
      if (!stopped) reconnectTimer = setTimeout(connect, reconnectDelay(++attempts));
    };
  }

  function receive(data: unknown): void {
    const message = typeof data === 'string' ? ServerMessageSchema.safeParse(parseJson(data)) : null;
    if (!message?.success) {
      // Nothing sensible can be done with it; saying so beats a silent hang.
      console.warn('Flagwatch: ignored a malformed message from the host');
      return;
    }
    const m = message.data;
    if (m.type === 'result') {
      const waiting = pending.get(m.id);
      if (!waiting) return;
      pending.delete(m.id);
      waiting.resolve(m.envelope);
    } else if (isEventName(m.event)) {
      for (const listener of subscribers.get(m.event) ?? []) listener(m.payload);
    }
  }

  connect();

  return {
    invoke(command, request) {
      if (stopped)
        return Promise.reject(
          new FlagwatchError(`The connection to Flagwatch is closed: "${command}" was not sent.`, 'disconnected'),
        );
      if (state === 'closed')
        return Promise.reject(
          new FlagwatchError(`Not connected to Flagwatch: "${command}" was not sent. Reconnecting…`, 'disconnected'),
        );
      const message: ClientMessage = { type: 'invoke', id: nextId++, command, request };
      return new Promise<Envelope>((resolve, reject) => {
        pending.set(message.id, { command, resolve, reject });
        const text = JSON.stringify(message);
        if (state === 'open' && socket) socket.send(text);
        else outbox.push(text);
      });
    },
    subscribe(event, listener) {
      const set = subscribers.get(event) ?? new Set();
      subscribers.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    onConnectionChange(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    close() {
      stopped = true;
      clearTimeout(reconnectTimer);
      if (socket) socket.close(1000, 'closed by the page');
      else failPending((command) => `The connection to Flagwatch was closed before "${command}" was answered.`);
      setState('closed');
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
