import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTray, type TrayIconPainter } from '../../../main/electron/tray';
import {
  app as electron,
  FakeNativeImage,
  FakeTray,
  nativeTheme,
  resetElectronFake,
  type FakeMenu,
} from './electron-fake';
import { badge, fakeFlagwatchApp, inboxChanged, status, type FakeFlagwatchApp } from './fake-flagwatch-app';

vi.mock('electron', () => import('./electron-fake'));

const states = ['idle', 'active', 'error', 'offline'] as const;

/** Paints every pixel as (unread, state, theme) in RGBA, so an image tells what it was drawn for. */
const paint = vi.fn<TrayIconPainter>(({ unread, state, size, scale, theme }) => {
  const pixels = size * scale;
  const data = new Uint8ClampedArray(pixels * pixels * 4);
  for (let i = 0; i < data.length; i += 4) data.set([unread, states.indexOf(state), theme === 'dark' ? 1 : 0, 255], i);
  return { width: pixels, height: pixels, data };
});

/** What the tray shows, read back from the bitmap's first pixel (BGRA, as Electron takes it). */
function shown(tray: FakeTray) {
  const image = tray.image as unknown as FakeNativeImage;
  const first = image.representations[0]!.buffer!;
  return { unread: first[2], state: states[first[1]!], theme: first[0] === 1 ? 'dark' : 'light' };
}

let flagwatch: FakeFlagwatchApp;
const windows = { show: vi.fn((_fragment?: string) => Promise.resolve(true)), isOpen: true };
const openSupport = vi.fn();

function start(platform: NodeJS.Platform = 'linux'): FakeTray {
  createTray({ app: flagwatch, windows, paint, platform, openSupport });
  return FakeTray.instances[0]!;
}

function menu(tray: FakeTray): FakeMenu {
  if (!tray.menu) throw new Error('the tray has no menu');
  return tray.menu;
}

beforeEach(() => {
  resetElectronFake();
  windows.show.mockClear();
  windows.isOpen = true;
  flagwatch = fakeFlagwatchApp();
});

describe('tray icon', () => {
  it('starts with the app’s current badge', () => {
    flagwatch.emit(
      'inbox.changed',
      inboxChanged(badge({ unread: 2, state: 'active', tooltip: 'Flagwatch\n2 unread' })),
    );
    const tray = start();
    expect(shown(tray)).toEqual({ unread: 2, state: 'active', theme: 'light' });
    expect(tray.tooltip).toBe('Flagwatch\n2 unread');
  });

  it('redraws the image when the unread count changes', () => {
    const tray = start();
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 3, state: 'active' })));
    expect(shown(tray)).toMatchObject({ unread: 3, state: 'active' });
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 4, state: 'active' })));
    expect(shown(tray)).toMatchObject({ unread: 4 });
    expect(tray.images).toHaveLength(3);
  });

  it('redraws for the error and offline states', () => {
    const tray = start();
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 1, state: 'offline' })));
    expect(shown(tray)).toMatchObject({ unread: 1, state: 'offline' });
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 1, state: 'error' })));
    expect(shown(tray)).toMatchObject({ state: 'error' });
  });

  it('keeps the image when only the tooltip changes', () => {
    const tray = start();
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 0, tooltip: 'Flagwatch\nchecked just now' })));
    expect(tray.images).toHaveLength(1);
    expect(tray.tooltip).toBe('Flagwatch\nchecked just now');
  });

  it('sets the tooltip to the badge’s tooltip', () => {
    const tray = start();
    const tooltip =
      'Flagwatch\n1 unread performance notification\nMost urgent: Late Shipment Rate above target (US) · due in 3 d';
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 1, state: 'active', tooltip })));
    expect(tray.tooltip).toBe(tooltip);
  });

  it('shows the badge again when its words change with time alone', () => {
    const tray = start();
    flagwatch.emit('badge.changed', badge({ unread: 1, state: 'active', tooltip: 'Flagwatch\n· due in 4 h' }));
    expect(tray.tooltip).toBe('Flagwatch\n· due in 4 h');
    expect(tray.images).toHaveLength(2);
  });

  it('follows the OS between light and dark', () => {
    const tray = start();
    nativeTheme.shouldUseDarkColors = true;
    nativeTheme.emit('updated');
    expect(shown(tray).theme).toBe('dark');
  });

  it('holds one bitmap per scale factor, in BGRA', () => {
    const tray = start('win32');
    const image = tray.image as unknown as FakeNativeImage;
    expect(image.representations.map(({ scaleFactor, width, height }) => ({ scaleFactor, width, height }))).toEqual([
      { scaleFactor: 1, width: 16, height: 16 },
      { scaleFactor: 2, width: 32, height: 32 },
    ]);
    expect(image.representations[1]!.buffer).toHaveLength(32 * 32 * 4);
  });

  it('shows the count as the menu-bar title on macOS, and nothing at zero', () => {
    const tray = start('darwin');
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 5, state: 'active' })));
    expect(tray.title).toBe('5');
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 0 })));
    expect(tray.title).toBe('');
  });

  it('sets no title elsewhere: the count is in the icon', () => {
    const tray = start('win32');
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 5, state: 'active' })));
    expect(tray.title).toBe('');
  });

  it('puts the count on the app badge (dock, Unity launcher)', () => {
    start('darwin');
    flagwatch.emit('inbox.changed', inboxChanged(badge({ unread: 7, state: 'active' })));
    expect(electron.setBadgeCount).toHaveBeenLastCalledWith(7);
  });

  it('opens the window when clicked', () => {
    start().emit('click');
    expect(windows.show).toHaveBeenCalledOnce();
  });
});

describe('tray menu', () => {
  it('offers Open, Refresh, Add from text, Pause, Contact Seller Support and Quit', () => {
    const labels = menu(start()).template.map((item) => item.label ?? item.type);
    expect(labels).toEqual([
      'Open Flagwatch',
      'Refresh now',
      'Add notification from text…',
      'Pause notifications',
      'Contact Seller Support',
      'separator',
      'Quit Flagwatch',
    ]);
  });

  it('Contact Seller Support opens the window on Seller Support', () => {
    menu(start()).click('Contact Seller Support');
    expect(openSupport).toHaveBeenCalledOnce();
    expect(windows.show).not.toHaveBeenCalled();
  });

  it('Add notification from text tells an open window to show it', async () => {
    menu(start()).click('Add notification from text…');
    await vi.waitFor(() => expect(flagwatch.openAddNotice).toHaveBeenCalledOnce());
    expect(windows.show).toHaveBeenCalledWith();
  });

  it('Add notification from text opens a closed window straight on it', async () => {
    windows.isOpen = false;
    menu(start()).click('Add notification from text…');
    await vi.waitFor(() => expect(windows.show).toHaveBeenCalledWith('#/notice/new'));
    expect(flagwatch.openAddNotice).not.toHaveBeenCalled();
  });

  it('Open Flagwatch shows the window', () => {
    menu(start()).click('Open Flagwatch');
    expect(windows.show).toHaveBeenCalledOnce();
  });

  it('Refresh now asks the app to poll', () => {
    menu(start()).click('Refresh now');
    expect(flagwatch.refreshNow).toHaveBeenCalledOnce();
  });

  it('Pause notifications pauses them, and its check mark follows the app', () => {
    const tray = start();
    expect(menu(tray).item('Pause notifications').checked).toBe(false);
    menu(tray).click('Pause notifications');
    expect(flagwatch.setNotificationsPaused).toHaveBeenLastCalledWith(true);

    flagwatch.emit('status.changed', status({ notificationsPaused: true }));
    expect(menu(tray).item('Pause notifications').checked).toBe(true);
    menu(tray).click('Pause notifications');
    expect(flagwatch.setNotificationsPaused).toHaveBeenLastCalledWith(false);
  });

  it('Quit Flagwatch quits the app', () => {
    menu(start()).click('Quit Flagwatch');
    expect(electron.quit).toHaveBeenCalledOnce();
  });

  it('speaks the app’s language', () => {
    flagwatch.speak('zh-CN');
    const labels = menu(start()).template.map((item) => item.label ?? item.type);
    expect(labels).toEqual([
      '打开 Flagwatch',
      '立即刷新',
      '从文本添加通知…',
      '暂停通知',
      '联系卖家支持',
      'separator',
      '退出 Flagwatch',
    ]);
  });

  it('is built again in the new language when Settings change it', () => {
    const tray = start();
    flagwatch.speak('zh-CN');
    flagwatch.emit('status.changed', status({ notificationsPaused: true }));
    expect(menu(tray).item('暂停通知').checked).toBe(true);
    menu(tray).click('立即刷新');
    expect(flagwatch.refreshNow).toHaveBeenCalledOnce();
  });

  it('is not built again for a status that changes neither the language nor the pause', () => {
    const tray = start();
    const first = tray.menu;
    flagwatch.emit('status.changed', status({ polling: true }));
    expect(tray.menu).toBe(first);
  });
});
