import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { WebSocketServer } from 'ws';
import { createEventHub } from '../../../../main/app/event-hub';
import { serveContract, type ContractApp } from '../../../../main/node/serve/contract-socket';

/** A connected page as the server sees it: how much it has left unread, and what it was sent. */
function page(bufferedAmount: number) {
  return { OPEN: 1, readyState: 1, bufferedAmount, send: vi.fn(), terminate: vi.fn() };
}

describe('serveContract', () => {
  it('cuts off a page that stopped reading instead of buffering every event for it', () => {
    const hub = createEventHub((error) => {
      throw error;
    });
    const reading = page(0);
    const stalled = page(4 * 1024 * 1024 + 1);
    const atLimit = page(4 * 1024 * 1024);
    const wss = Object.assign(new EventEmitter(), { clients: new Set([reading, stalled, atLimit]) });
    const warnings: string[] = [];
    const logger = { info() {}, warn: (message: string) => void warnings.push(message), error() {} };
    const app = { handlers: {}, on: hub.on } as unknown as ContractApp;

    serveContract(wss as unknown as WebSocketServer, app, logger, 4 * 1024 * 1024);
    hub.emit('notification.open', { id: 'n_1' });

    expect(reading.send).toHaveBeenCalledOnce();
    expect(atLimit.send).toHaveBeenCalledOnce();
    expect(stalled.send).not.toHaveBeenCalled();
    expect(stalled.terminate).toHaveBeenCalledOnce();
    expect(warnings).toEqual(['cut off a page that stopped reading']);
  });
});
