import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { createBridge, FlagwatchError, type Transport } from '../../preload/bridge';
import { defaultSettings } from '../../main/core/schema';
import type { Envelope, EventName } from '../../preload/contract';
import { inboxItem } from '../support/fixtures';

function transport(answer: (command: string, request: unknown) => Envelope) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const sent: Array<{ command: string; request: unknown }> = [];
  const t: Transport = {
    async invoke(command, request) {
      sent.push({ command, request });
      return answer(command, request);
    },
    subscribe(event, listener) {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { t, sent, emit: (event: EventName, payload: unknown) => listeners.get(event)?.(payload) };
}

describe('createBridge', () => {
  // Each test starts as a fresh page does: without zod's messages, which the bridge loads itself.
  beforeEach(() => z.config({ localeError: undefined }));

  it('sends a valid request and returns the checked answer', async () => {
    const { t, sent } = transport(() => ({ ok: true, value: defaultSettings }));
    expect(await createBridge(t).invoke('settings.get', {})).toEqual(defaultSettings);
    expect(sent).toEqual([{ command: 'settings.get', request: {} }]);
  });

  it('refuses a malformed request before it leaves the page', async () => {
    const { t, sent } = transport(() => ({ ok: true, value: null }));
    const call = createBridge(t).invoke('notification.setRead', { id: '', read: true });
    await expect(call).rejects.toThrow(FlagwatchError);
    await expect(call).rejects.toThrow(/^notification\.setRead: id: /);
    expect(sent).toEqual([]);
  });

  it("throws main's error message as a FlagwatchError with its code", async () => {
    const { t } = transport(() => ({
      ok: false,
      error: { code: 'not-found', message: 'No notification with id n_1' },
    }));
    await expect(createBridge(t).invoke('notification.setRead', { id: 'n_1', read: true })).rejects.toMatchObject({
      message: 'No notification with id n_1',
      code: 'not-found',
    });
  });

  it('refuses an answer that does not match the contract', async () => {
    const { t } = transport(() => ({ ok: true, value: { pollIntervalMinutes: 'soon' } }));
    await expect(createBridge(t).invoke('settings.get', {})).rejects.toThrow(/^settings\.get answer: /);
  });

  it('names the malformed item of a large answer', async () => {
    const good = inboxItem();
    const notifications = [
      ...Array.from({ length: 500 }, (_, i) => ({ ...good, id: `n_${i}` })),
      { ...good, read: 'no' },
    ];
    const badge = { unread: 0, highestSeverity: null, state: 'idle', tooltip: 'Flagwatch', mostUrgentId: null };
    const { t } = transport(() => ({ ok: true, value: { notifications, accounts: [], badge } }));
    await expect(createBridge(t).invoke('inbox.get', {})).rejects.toThrow(
      /^inbox\.get answer: notifications\.500\.read: Invalid input: expected boolean, received string$/,
    );
  });

  it('delivers valid events and drops malformed ones', () => {
    const { t, emit } = transport(() => ({ ok: true, value: null }));
    const seen: unknown[] = [];
    const off = createBridge(t).on('notification.open', (payload) => seen.push(payload));
    emit('notification.open', { id: 'n_1' });
    emit('notification.open', { id: 42 });
    off();
    emit('notification.open', { id: 'n_2' });
    expect(seen).toEqual([{ id: 'n_1' }]);
  });
});
