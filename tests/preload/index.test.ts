import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FlagwatchError } from '../../preload/bridge';
import { ipcChannels, type FlagwatchApi } from '../../preload/contract';
import { contextBridge, ipcRenderer, resetElectronFake } from '../main/electron/electron-fake';

vi.mock('electron', () => import('../main/electron/electron-fake'));

const view = {
  notifications: [],
  accounts: [],
  badge: { unread: 0, highestSeverity: null, state: 'idle', tooltip: 'Flagwatch', mostUrgentId: null },
};

// Runs the preload as Electron would, and keeps what it exposed to the page.
await import('../../preload/index');
const exposed = contextBridge.exposeInMainWorld.mock.calls.map(([key, api]) => ({ key, api: api as FlagwatchApi }));
const { api } = exposed[0]!;

/** Main sends an event on the event channel. */
function mainSends(message: unknown): void {
  ipcRenderer.emit(ipcChannels.event, {}, message);
}

beforeEach(() => resetElectronFake());

describe('Electron preload', () => {
  it('exposes only the bridge, as window.flagwatch', () => {
    expect(exposed.map((e) => e.key)).toEqual(['flagwatch']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(api)).not.toContain(ipcRenderer);
  });

  it('sends a command as {command, request} on the invoke channel and returns its value', async () => {
    ipcRenderer.invoke.mockResolvedValue({ ok: true, value: view });
    expect(await api.invoke('notification.setRead', { id: 'n1', read: true })).toEqual(view);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(ipcChannels.invoke, {
      command: 'notification.setRead',
      request: { id: 'n1', read: true },
    });
  });

  it('turns an error envelope into a FlagwatchError with its code', async () => {
    ipcRenderer.invoke.mockResolvedValue({
      ok: false,
      error: { code: 'not-found', message: 'No notification with id n1' },
    });
    const failure = api.invoke('notification.setRead', { id: 'n1', read: true });
    await expect(failure).rejects.toBeInstanceOf(FlagwatchError);
    await expect(failure).rejects.toMatchObject({ code: 'not-found', message: 'No notification with id n1' });
  });

  it('refuses an answer that is not an envelope', async () => {
    ipcRenderer.invoke.mockResolvedValue('surprise');
    await expect(api.invoke('inbox.get', {})).rejects.toThrow();
  });

  it('hands a listener only the events it subscribed to', () => {
    const opened = vi.fn();
    api.on('notification.open', opened);
    mainSends({ event: 'inbox.changed', payload: view });
    mainSends({ event: 'notification.open', payload: { id: 'n-5' } });
    mainSends('not a message');
    expect(opened.mock.calls).toEqual([[{ id: 'n-5' }]]);
  });

  it('stops listening when unsubscribed', () => {
    const opened = vi.fn();
    const unsubscribe = api.on('notification.open', opened);
    unsubscribe();
    mainSends({ event: 'notification.open', payload: { id: 'n-5' } });
    expect(opened).not.toHaveBeenCalled();
    expect(ipcRenderer.listenerCount(ipcChannels.event)).toBe(0);
  });
});
