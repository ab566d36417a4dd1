// A second client of the running host, over the same WebSocket contract the page uses (the
// contract's own bridge over the `ws` package): what it reads is the host's state, not the page's.
import { WebSocket } from 'ws';
import { createBridge, type Transport } from '../../../preload/bridge';
import {
  ServerMessageSchema,
  type ClientMessage,
  type Envelope,
  type EventName,
  type FlagwatchApi,
} from '../../../preload/contract';

export interface ContractClient {
  api: FlagwatchApi;
  close(): void;
}

export async function connectContractClient(pageUrl: URL): Promise<ContractClient> {
  const socket = new WebSocket(`ws://${pageUrl.host}/ws?token=${pageUrl.searchParams.get('token')}`, {
    origin: pageUrl.origin,
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const pending = new Map<number, (envelope: Envelope) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let nextId = 1;
  socket.on('message', (data) => {
    const message = ServerMessageSchema.parse(JSON.parse(data.toString()));
    if (message.type === 'result') {
      pending.get(message.id)?.(message.envelope);
      pending.delete(message.id);
    } else {
      for (const listener of listeners.get(message.event as EventName) ?? []) listener(message.payload);
    }
  });
  // A host that dies answers nothing more: what was asked fails instead of waiting forever.
  socket.on('close', () => {
    for (const answer of pending.values()) {
      answer({ ok: false, error: { code: 'failed', message: 'the host closed the connection' } });
    }
    pending.clear();
  });
  const transport: Transport = {
    invoke: (command, request) =>
      new Promise((resolve) => {
        const message: ClientMessage = { type: 'invoke', id: nextId++, command, request };
        if (socket.readyState !== socket.OPEN) {
          resolve({ ok: false, error: { code: 'failed', message: 'the host closed the connection' } });
          return;
        }
        pending.set(message.id, resolve);
        socket.send(JSON.stringify(message));
      }),
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  return { api: createBridge(transport), close: () => socket.terminate() };
}
