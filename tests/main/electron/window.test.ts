import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../main/app/ports';
import { createWindowHost, openNotification, type WindowHost } from '../../../main/electron/window';
import { FakeBrowserWindow, FakeWebContents, resetElectronFake, shell } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const pageUrl = 'file:///app/out/renderer/index.html';
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies Logger;

let windows: WindowHost;

/** Shows the window and lets its page finish loading. */
async function opened(): Promise<FakeBrowserWindow> {
  const shown = windows.show();
  const window = FakeBrowserWindow.instances.at(-1)!;
  window.finishLoading();
  await shown;
  return window;
}

beforeEach(() => {
  resetElectronFake();
  windows = createWindowHost({ pageUrl, preloadPath: 'preload/index.cjs', logger });
});

describe('the window', () => {
  it('does not exist until asked for', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('runs its page isolated and sandboxed, with only the preload', async () => {
    const window = await opened();
    expect(window.options.webPreferences).toEqual({
      preload: 'preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.loadedUrls).toEqual([pageUrl]);
  });

  it('appears once its page is ready to show', async () => {
    const window = await opened();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('is brought forward, not duplicated, when asked for again', async () => {
    const window = await opened();
    window.isMinimized.mockReturnValue(true);
    await windows.show();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('is freed when closed, and made anew next time', async () => {
    (await opened()).close();
    await opened();
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('answers show() only once the page has loaded', async () => {
    let settled = false;
    const shown = windows.show().then((loaded) => (settled = loaded));
    await Promise.resolve();
    expect(settled).toBe(false);
    FakeBrowserWindow.instances[0]!.finishLoading();
    await shown;
    expect(settled).toBe(true);
  });

  it('answers false, and says why, when the page fails to load', async () => {
    const shown = windows.show();
    FakeBrowserWindow.instances[0]!.finishLoading(new Error('ERR_FILE_NOT_FOUND'));
    expect(await shown).toBe(false);
    expect(logger.error).toHaveBeenCalledWith('the window could not load its page', {
      error: 'Error: ERR_FILE_NOT_FOUND',
    });
  });
});

describe('links and navigation', () => {
  it('denies every window.open, handing Seller Central links to the browser', async () => {
    const { webContents } = await opened();
    const url = 'https://sellercentral.amazon.de/performance/dashboard';
    expect(webContents.windowOpenHandler!({ url } as Electron.HandlerDetails)).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it('denies window.open to other sites without opening them', async () => {
    const { webContents } = await opened();
    expect(
      webContents.windowOpenHandler!({ url: 'https://sellercentral.amazon.evil.example/' } as Electron.HandlerDetails),
    ).toEqual({
      action: 'deny',
    });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith('refused to open a link', {
      url: 'https://sellercentral.amazon.evil.example/',
    });
  });

  it('keeps the page from navigating away, opening allowed links outside', async () => {
    const { webContents } = await opened();
    expect(webContents.navigate('mailto:support@example.com')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('mailto:support@example.com');
    expect(webContents.navigate('https://example.com/')).toBe(true);
    expect(webContents.navigate('file:///etc/passwd')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledOnce();
  });

  it('lets the page move within itself', async () => {
    const { webContents } = await opened();
    expect(webContents.navigate(`${pageUrl}#/appeals`)).toBe(false);
    expect(webContents.navigate(`${pageUrl}?view=inbox`)).toBe(false);
  });

  it('logs a link the system could not open', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no handler for tel:'));
    const { webContents } = await opened();
    webContents.navigate('tel:+1-555-0100');
    await vi.waitFor(() =>
      expect(logger.warn).toHaveBeenCalledWith('could not open a link', {
        url: 'tel:+1-555-0100',
        error: 'Error: no handler for tel:',
      }),
    );
  });
});

describe('who may talk to main', () => {
  it('is our page in our window', async () => {
    const { webContents } = await opened();
    expect(windows.isOwnSender(webContents.ipcEvent(`${pageUrl}#/inbox`))).toBe(true);
  });

  it('is not another web page, nor a frame at another address, nor a frame already gone', async () => {
    const { webContents } = await opened();
    expect(windows.isOwnSender(new FakeWebContents().ipcEvent(pageUrl))).toBe(false);
    expect(windows.isOwnSender(webContents.ipcEvent('https://example.com/'))).toBe(false);
    expect(windows.isOwnSender(webContents.ipcEvent(null))).toBe(false);
  });

  it('is not a subframe of our page, even one at our own address', async () => {
    const { webContents } = await opened();
    expect(windows.isOwnSender(webContents.ipcEvent(pageUrl, 'subframe'))).toBe(false);
  });

  it('is nobody once the window is closed', async () => {
    const window = await opened();
    window.close();
    expect(windows.isOwnSender(window.webContents.ipcEvent(pageUrl))).toBe(false);
  });
});

describe('sending to the page', () => {
  it('reaches the open window', async () => {
    const { webContents } = await opened();
    windows.send('flagwatch:event', { event: 'notification.open', payload: { id: 'n1' } });
    expect(webContents.sent).toEqual([
      { channel: 'flagwatch:event', message: { event: 'notification.open', payload: { id: 'n1' } } },
    ]);
  });

  it('is dropped while no window is open', async () => {
    const window = await opened();
    window.close();
    windows.send('flagwatch:event', { event: 'notification.open', payload: { id: 'n1' } });
    expect(window.webContents.sent).toEqual([]);
  });
});

describe('openNotification', () => {
  it('opens a new window straight on the notification, since its page is not listening yet', async () => {
    const app = { openNotification: vi.fn() };
    const opening = openNotification(windows, app, 'n-42');
    await Promise.resolve();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    FakeBrowserWindow.instances[0]!.finishLoading();
    await opening;
    expect(FakeBrowserWindow.instances[0]!.loadedUrls).toEqual([`${pageUrl}#/notification/n-42`]);
    expect(app.openNotification).not.toHaveBeenCalled();
  });

  it('tells an open window through the app once it is shown', async () => {
    const app = { openNotification: vi.fn() };
    const first = windows.show();
    FakeBrowserWindow.instances[0]!.finishLoading();
    await first;
    await openNotification(windows, app, 'n-42');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(app.openNotification).toHaveBeenCalledWith('n-42');
  });

  it('asks nothing of the app when the page could not load', async () => {
    const app = { openNotification: vi.fn() };
    const first = windows.show();
    FakeBrowserWindow.instances[0]!.finishLoading(new Error('ERR_ABORTED'));
    await first;
    await openNotification(windows, app, 'n-42');
    expect(app.openNotification).not.toHaveBeenCalled();
  });
});
