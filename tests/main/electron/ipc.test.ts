import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../main/electron/ipc';
import { createWindowHost } from '../../../main/electron/window';
import { ipcChannels } from '../../../preload/contract';
import { FakeBrowserWindow, FakeWebContents, ipcMain, resetElectronFake } from './electron-fake';
import { badge, fakeFlagwatchApp, inboxChanged, type FakeFlagwatchApp } from './fake-flagwatch-app';

vi.mock('electron', () => import('./electron-fake'));

const pageUrl = 'file:///app/out/renderer/index.html';
let flagwatch: FakeFlagwatchApp;
let page: FakeWebContents;

/** ipcRenderer.invoke(ipcChannels.invoke, message) from `sender` (our page unless told). */
function invoke(message: unknown, sender: Electron.IpcMainInvokeEvent = page.ipcEvent(pageUrl)) {
  return ipcMain.invoke(ipcChannels.invoke, sender, message);
}

beforeEach(async () => {
  resetElectronFake();
  flagwatch = fakeFlagwatchApp();
  const windows = createWindowHost({
    pageUrl,
    preloadPath: 'preload/index.cjs',
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
  });
  registerIpc(ipcMain, flagwatch, windows);
  const shown = windows.show();
  FakeBrowserWindow.instances[0]!.finishLoading();
  await shown;
  page = FakeBrowserWindow.instances[0]!.webContents;
});

describe('commands from the page', () => {
  it('run through the contract and come back in an envelope', async () => {
    expect(await invoke({ command: 'notification.setRead', request: { id: 'n1', read: true } })).toEqual({
      ok: true,
      value: { notifications: [], accounts: [], badge: badge() },
    });
    expect(flagwatch.handlers['notification.setRead']).toHaveBeenCalledWith({ id: 'n1', read: true });
  });

  it('answer a message that is not {command, request} with an invalid-request envelope', async () => {
    for (const message of ['inbox.get', null, 42, { request: {} }, { command: 7 }]) {
      expect(await invoke(message), JSON.stringify(message)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });

  it('answer a request that breaks its schema with an invalid-request envelope, before any handler runs', async () => {
    const answer = await invoke({ command: 'notification.setRead', request: { id: 'n1', read: 'yes' } });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('read') },
    });
    expect(flagwatch.handlers['notification.setRead']).not.toHaveBeenCalled();
  });

  it('answer an unknown command with an unknown-command envelope', async () => {
    expect(await invoke({ command: 'shell.exec', request: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-command' },
    });
  });
});

describe('senders', () => {
  it('another web page is refused, and no handler runs', async () => {
    const stranger = new FakeWebContents().ipcEvent(pageUrl);
    await expect(invoke({ command: 'inbox.markAllRead', request: {} }, stranger)).rejects.toThrow(
      'only its own window',
    );
    expect(flagwatch.handlers['inbox.markAllRead']).not.toHaveBeenCalled();
  });

  it('a frame of our window showing another address is refused', async () => {
    await expect(
      invoke({ command: 'inbox.markAllRead', request: {} }, page.ipcEvent('https://example.com/')),
    ).rejects.toThrow();
    expect(flagwatch.handlers['inbox.markAllRead']).not.toHaveBeenCalled();
  });

  it('a subframe of our own page is refused', async () => {
    await expect(
      invoke({ command: 'inbox.markAllRead', request: {} }, page.ipcEvent(pageUrl, 'subframe')),
    ).rejects.toThrow('only its own window');
    expect(flagwatch.handlers['inbox.markAllRead']).not.toHaveBeenCalled();
  });
});

describe('events to the page', () => {
  it('forward every app event as {event, payload}', () => {
    const view = inboxChanged(badge({ unread: 2, state: 'active' }));
    flagwatch.emit('inbox.changed', view);
    flagwatch.openNotification('n7');
    expect(page.sent).toEqual([
      { channel: ipcChannels.event, message: { event: 'inbox.changed', payload: view } },
      { channel: ipcChannels.event, message: { event: 'notification.open', payload: { id: 'n7' } } },
    ]);
  });
});
