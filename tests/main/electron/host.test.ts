import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notifier } from '../../../main/app/ports';
import { startElectronHost, type ElectronHostOptions } from '../../../main/electron/host';
import type { TrayIconPainter } from '../../../main/electron/tray';
import { ipcChannels } from '../../../preload/contract';
import {
  app as electron,
  FakeBrowserWindow,
  FakeNotification,
  FakeTray,
  ipcMain,
  resetElectronFake,
} from './electron-fake';
import { fakeFlagwatchApp, type FakeFlagwatchApp } from './fake-flagwatch-app';

vi.mock('electron', () => import('./electron-fake'));

const paint: TrayIconPainter = ({ size, scale }) => ({
  width: size * scale,
  height: size * scale,
  data: new Uint8ClampedArray(size * scale * size * scale * 4),
});

let flagwatch: FakeFlagwatchApp;
let notifier: Notifier | undefined;
const createApp = vi.fn<ElectronHostOptions['createApp']>();

function start(platform: NodeJS.Platform = 'linux') {
  return startElectronHost({
    platform,
    appId: 'com.flagwatch.app',
    pageUrl: 'file:///app/out/renderer/index.html',
    preloadPath: 'preload/index.cjs',
    paint,
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    fallbackNotifier: { show: vi.fn(() => Promise.resolve()) },
    createApp,
  });
}

/** Asks Electron to quit: returns whether the quit was held back. */
function beforeQuit(): boolean {
  let prevented = false;
  electron.emit('before-quit', { preventDefault: () => (prevented = true) });
  return prevented;
}

/** Starts Flagwatch a second time, which shows the window, and lets the window finish loading. */
function loadedWindow(): FakeBrowserWindow {
  electron.emit('second-instance');
  const window = FakeBrowserWindow.instances[0]!;
  window.finishLoading();
  return window;
}

/** A critical notification about inbox item `notificationId`, as the app raises one. */
const accountAtRisk = (notificationId: string) =>
  ({ title: 'Account at risk', body: 'Respond by Friday', urgency: 'critical', notificationId }) as const;

/** The message that tells the window of `event`. */
const told = (event: string, payload: unknown) => ({ channel: ipcChannels.event, message: { event, payload } });

beforeEach(() => {
  resetElectronFake();
  // The network check repeats on an interval; keep it from outliving the test.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  flagwatch = fakeFlagwatchApp();
  createApp.mockImplementation((ports) => {
    notifier = ports.notifier;
    return flagwatch;
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('starting', () => {
  it('quits at once when another Flagwatch already runs', async () => {
    electron.requestSingleInstanceLock.mockReturnValue(false);
    await start();
    expect(electron.quit).toHaveBeenCalledOnce();
    expect(createApp).not.toHaveBeenCalled();
    expect(FakeTray.instances).toHaveLength(0);
  });

  it('takes the app id on Windows, so its notifications carry the app’s name', async () => {
    await start('win32');
    expect(electron.setAppUserModelId).toHaveBeenCalledWith('com.flagwatch.app');
  });

  it('takes no app id elsewhere', async () => {
    await start('linux');
    expect(electron.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('stays out of the macOS dock: it lives in the menu bar', async () => {
    await start('darwin');
    expect(electron.dock!.hide).toHaveBeenCalledOnce();
  });

  it('runs the app on the stores in the user-data folder, with a tray, IPC and no window', async () => {
    await start();
    expect(createApp).toHaveBeenCalledWith({
      dataDir: 'fake-userData-dir',
      notifier: expect.anything(),
      systemLanguages: ['zh-Hans-CN', 'en-US'],
    });
    expect(flagwatch.start).toHaveBeenCalledOnce();
    expect(FakeTray.instances).toHaveLength(1);
    expect(ipcMain.handlers.has(ipcChannels.invoke)).toBe(true);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});

describe('running', () => {
  it('keeps running in the tray when the last window closes', async () => {
    await start();
    expect(electron.listenerCount('window-all-closed')).toBe(1);
    electron.emit('window-all-closed');
    expect(electron.quit).not.toHaveBeenCalled();
  });

  it('shows the window when Flagwatch is started a second time', async () => {
    await start();
    electron.emit('second-instance');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('opens the window on the notification that was clicked', async () => {
    await start();
    await notifier!.show(accountAtRisk('n-3'));
    FakeNotification.instances[0]!.emit('click');
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.loadedUrls[0]).toMatch(/#\/notification\/n-3$/);
  });

  it('points an open window at the notification that was clicked', async () => {
    await start();
    await notifier!.show(accountAtRisk('n-3'));
    const window = loadedWindow();
    FakeNotification.instances[0]!.emit('click');
    await vi.waitFor(() => expect(flagwatch.openNotification).toHaveBeenCalledWith('n-3'));
    expect(window.webContents.sent).toContainEqual(told('notification.open', { id: 'n-3' }));
  });

  it('shows the inbox when a summary notification is clicked', async () => {
    await start();
    await notifier!.show({ title: '3 new notifications', body: '', urgency: 'normal', notificationId: null });
    FakeNotification.instances[0]!.emit('click');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    FakeBrowserWindow.instances[0]!.finishLoading();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(flagwatch.openNotification).not.toHaveBeenCalled();
  });

  it('opens a new window on the Today view when the morning digest is clicked', async () => {
    await start();
    await notifier!.show({ title: 'All clear', body: '', urgency: 'normal', notificationId: null, opens: 'today' });
    FakeNotification.instances[0]!.emit('click');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    expect(FakeBrowserWindow.instances[0]!.loadedUrls[0]).toMatch(/#\/today$/);
  });

  it('tells an open window to show the Today view when the morning digest is clicked', async () => {
    await start();
    await notifier!.show({ title: 'All clear', body: '', urgency: 'normal', notificationId: null, opens: 'today' });
    const window = loadedWindow();
    FakeNotification.instances[0]!.emit('click');
    await vi.waitFor(() => expect(flagwatch.openToday).toHaveBeenCalledOnce());
    expect(window.webContents.sent).toContainEqual(told('today.open', {}));
  });
});

describe('Contact Seller Support in the tray', () => {
  it('opens a new window on the Help view', async () => {
    await start();
    FakeTray.instances[0]!.menu!.click('Contact Seller Support');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    expect(FakeBrowserWindow.instances[0]!.loadedUrls[0]).toMatch(/#\/help$/);
  });

  it('tells an open window to show the Help view', async () => {
    await start();
    const window = loadedWindow();
    FakeTray.instances[0]!.menu!.click('Contact Seller Support');
    await vi.waitFor(() => expect(flagwatch.openHelp).toHaveBeenCalledOnce());
    expect(window.webContents.sent).toContainEqual(told('help.open', {}));
  });
});

describe('quitting', () => {
  it('holds the quit until the app has stopped, then quits', async () => {
    let finishStopping!: () => void;
    vi.mocked(flagwatch.stop).mockReturnValue(new Promise((resolve) => (finishStopping = resolve)));
    await start();

    expect(beforeQuit()).toBe(true);
    expect(flagwatch.stop).toHaveBeenCalledOnce();
    expect(electron.quit).not.toHaveBeenCalled();
    finishStopping();
    await vi.waitFor(() => expect(electron.quit).toHaveBeenCalledOnce());
    expect(beforeQuit()).toBe(false);
  });

  it('stops the app only once when asked to quit twice', async () => {
    vi.mocked(flagwatch.stop).mockReturnValue(new Promise(() => {}));
    await start();
    beforeQuit();
    expect(beforeQuit()).toBe(true);
    expect(flagwatch.stop).toHaveBeenCalledOnce();
  });

  it('quits even when stopping fails', async () => {
    vi.mocked(flagwatch.stop).mockRejectedValue(new Error('disk full'));
    await start();
    beforeQuit();
    await vi.waitFor(() => expect(electron.quit).toHaveBeenCalledOnce());
  });
});
