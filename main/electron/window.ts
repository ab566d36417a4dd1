// The one Flagwatch window: created when asked for, freed when closed (the tray keeps working
// without it), and locked to our own page.
import { BrowserWindow, shell, type IpcMainInvokeEvent, type WebContents, type WebPreferences } from 'electron';
import type { FlagwatchApp } from '../app/flagwatch-app';
import type { Logger } from '../app/ports';
import { isAllowedExternalUrl } from '../core/external-links';
import { addNoticeRoute, notificationRoute, todayRoute } from '../../preload/contract';

export interface WindowHostOptions {
  /** The renderer's page, e.g. the built index.html as a file: URL. */
  pageUrl: string;
  /** The bundled (CommonJS) preload script. */
  preloadPath: string;
  logger: Logger;
}

export interface WindowHost {
  /**
   * Shows the window, creating it if needed (on `fragment`, a route of the page); resolves once
   * its page has loaded (false if it failed to).
   */
  show(fragment?: string): Promise<boolean>;
  readonly isOpen: boolean;
  /** True only for a message sent by our page in our window. */
  isOwnSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean;
  /** Sends to the page when a window is open; nothing otherwise (it reloads its state on open). */
  send(channel: string, message: unknown): void;
}

interface OpenWindow {
  window: BrowserWindow;
  contents: WebContents;
  loaded: Promise<boolean>;
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { preload: preloadPath, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true };
}

export function createWindowHost({ pageUrl, preloadPath, logger }: WindowHostOptions): WindowHost {
  let current: OpenWindow | null = null;

  function openExternally(url: string): void {
    if (!isAllowedExternalUrl(url)) {
      logger.warn('refused to open a link', { url });
      return;
    }
    shell
      .openExternal(url)
      .catch((error: unknown) => logger.warn('could not open a link', { url, error: String(error) }));
  }

  function open(fragment: string): OpenWindow {
    const window = new BrowserWindow({
      width: 1024,
      height: 720,
      minWidth: 640,
      minHeight: 480,
      title: 'Flagwatch',
      show: false,
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(preloadPath),
    });
    const contents = window.webContents;
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => {
      if (isSamePage(event.url, pageUrl)) return;
      event.preventDefault();
      openExternally(event.url);
    });
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      current = null;
    });
    // loadURL settles with did-finish-load / did-fail-load.
    const loaded = window.loadURL(pageUrl + fragment).then(
      () => true,
      (error: unknown) => {
        logger.error('the window could not load its page', { error: String(error) });
        return false;
      },
    );
    return { window, contents, loaded };
  }

  return {
    show(fragment = '') {
      if (current === null) {
        current = open(fragment);
      } else {
        if (current.window.isMinimized()) current.window.restore();
        current.window.show();
        current.window.focus();
      }
      return current.loaded;
    },
    get isOpen() {
      return current !== null;
    },
    isOwnSender({ sender, senderFrame }) {
      if (current === null || current.contents.isDestroyed()) return false;
      return sender.id === current.contents.id && senderFrame !== null && isSamePage(senderFrame.url, pageUrl);
    },
    send(channel, message) {
      if (current !== null && !current.contents.isDestroyed()) current.contents.send(channel, message);
    },
  };
}

/**
 * Shows one notification. A new window opens straight on its route (its page would subscribe
 * to events too late to hear about it); an open one is told through the app's event.
 */
export async function openNotification(
  windows: WindowHost,
  app: Pick<FlagwatchApp, 'openNotification'>,
  id: string,
): Promise<void> {
  if (!windows.isOpen) {
    await windows.show(notificationRoute(id));
    return;
  }
  if (await windows.show()) app.openNotification(id);
}

/** Shows the Today view: a new window opens on it, an open one is told through the app's event. */
export async function openToday(windows: WindowHost, app: Pick<FlagwatchApp, 'openToday'>): Promise<void> {
  if (!windows.isOpen) {
    await windows.show(todayRoute);
    return;
  }
  if (await windows.show()) app.openToday();
}

/** Shows "Add from text": a new window opens on it, an open one is told through the app's event. */
export async function openAddNotice(
  windows: Pick<WindowHost, 'show' | 'isOpen'>,
  app: Pick<FlagwatchApp, 'openAddNotice'>,
): Promise<void> {
  if (!windows.isOpen) {
    await windows.show(addNoticeRoute);
    return;
  }
  if (await windows.show()) app.openAddNotice();
}

/** Same document whatever the query or fragment: the renderer routes within its own page. */
function isSamePage(url: string, pageUrl: string): boolean {
  if (!URL.canParse(url)) return false;
  const a = new URL(url);
  const b = new URL(pageUrl);
  return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
}
