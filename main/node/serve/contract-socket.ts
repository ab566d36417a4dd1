// The contract over WebSocket: each client message is checked against the contract's schema
// and run through dispatchCommand, exactly like an IPC call in Electron; every app event goes
// to every connected page. A bad message earns an error answer (or a logged warning when it
// has no id to answer to), never a crash.
import type { WebSocket, WebSocketServer } from 'ws';
import { dispatchCommand } from '../../app/dispatch';
import type { FlagwatchApp } from '../../app/flagwatch-app';
import type { Logger } from '../../app/ports';
import {
  ClientMessageSchema,
  describeIssues,
  events,
  isEventName,
  type Envelope,
  type ServerMessage,
} from '../../../preload/contract';

export type ContractApp = Pick<FlagwatchApp, 'handlers' | 'on' | 'translator'>;

/** Serves `app` to every socket `wss` accepts; returns the function that stops the event feed. */
export function serveContract(
  wss: WebSocketServer,
  app: ContractApp,
  logger: Logger,
  maxBufferedBytes: number,
): () => void {
  wss.on('connection', (socket) => {
    socket.on('message', (data, isBinary) => {
      answer(socket, isBinary ? null : data.toString(), app, logger).catch((error: unknown) =>
        logger.error('answering a websocket message failed', { error: String(error) }),
      );
    });
    // Without a listener a protocol error (an oversized frame, say) would be thrown.
    socket.on('error', (error) => logger.warn('websocket error', { error: error.message }));
  });
  const unsubscribes = Object.keys(events)
    .filter(isEventName)
    .map((event) =>
      app.on(event, (payload) => {
        const text = JSON.stringify({ type: 'event', event, payload } satisfies ServerMessage);
        for (const client of wss.clients) {
          if (client.readyState !== client.OPEN) continue;
          // A page that stopped reading would make the host hold every event for it.
          if (client.bufferedAmount > maxBufferedBytes) {
            logger.warn('cut off a page that stopped reading', { buffered: client.bufferedAmount });
            client.terminate();
            continue;
          }
          client.send(text);
        }
      }),
    );
  return () => unsubscribes.forEach((off) => off());
}

async function answer(socket: WebSocket, text: string | null, app: ContractApp, logger: Logger): Promise<void> {
  const raw = text === null ? undefined : parseJson(text);
  const message = ClientMessageSchema.safeParse(raw);
  let id: number | undefined;
  let envelope: Envelope;
  if (message.success) {
    id = message.data.id;
    envelope = await dispatchCommand(app.handlers, message.data.command, message.data.request, app.translator());
  } else {
    id = integerId(raw);
    const why =
      text === null
        ? 'binary frames are not part of the contract'
        : raw === undefined
          ? 'not JSON'
          : describeIssues('message', message.error);
    envelope = { ok: false, error: { code: 'invalid-request', message: `Malformed message: ${why}` } };
    if (id === undefined) {
      logger.warn('ignored a malformed websocket message', { reason: why });
      return;
    }
  }
  if (socket.readyState !== socket.OPEN) return;
  socket.send(JSON.stringify({ type: 'result', id, envelope } satisfies ServerMessage));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The id of a message that failed validation, if it has a usable one to answer to. */
function integerId(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return undefined;
  return Number.isInteger(raw.id) ? (raw.id as number) : undefined;
}
