// One stand-in for the `electron` module (the binary cannot run here): small fakes that record
// what the host asked of Electron. Each fake `implements`/`satisfies` a Pick of the real type,
// so a renamed method or a changed signature in electron.d.ts fails to compile. Event methods
// come from Node's EventEmitter (Electron's typed `on` returns the real class, which no fake
// is); the host's own calls to them are checked against electron.d.ts where they are made.
// Use with: vi.mock('electron', () => import('./electron-fake')).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type * as Real from 'electron';

export class FakeNativeImage implements Pick<Real.NativeImage, 'addRepresentation'> {
  readonly representations: Real.AddRepresentationOptions[] = [];
  addRepresentation(options: Real.AddRepresentationOptions): void {
    this.representations.push(options);
  }
}

export const nativeImage = {
  createEmpty: () => new FakeNativeImage() as unknown as Real.NativeImage,
} satisfies Pick<typeof Real.nativeImage, 'createEmpty'>;

export class FakeTray
  extends EventEmitter
  implements Pick<Real.Tray, 'setImage' | 'setToolTip' | 'setTitle' | 'setContextMenu'>
{
  static instances: FakeTray[] = [];
  image: Real.NativeImage | string;
  images: (Real.NativeImage | string)[] = [];
  tooltip = '';
  title = '';
  menu: FakeMenu | null = null;

  constructor(image: Real.NativeImage | string) {
    super();
    this.image = image;
    FakeTray.instances.push(this);
  }
  setImage(image: Real.NativeImage | string): void {
    this.image = image;
    this.images.push(image);
  }
  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: Real.Menu | null): void {
    this.menu = menu as unknown as FakeMenu | null;
  }
}

export class FakeMenu {
  constructor(readonly template: Real.MenuItemConstructorOptions[]) {}

  static buildFromTemplate(template: Array<Real.MenuItemConstructorOptions | Real.MenuItem>): Real.Menu {
    return new FakeMenu(template as Real.MenuItemConstructorOptions[]) as unknown as Real.Menu;
  }

  item(label: string): Real.MenuItemConstructorOptions {
    const found = this.template.find((i) => i.label === label);
    if (!found) throw new Error(`No menu item "${label}" in ${this.template.map((i) => i.label).join(', ')}`);
    return found;
  }

  /** Clicks an item as Electron does: a checkbox flips before its click handler runs. */
  click(label: string): void {
    const item = this.item(label);
    const checked = item.type === 'checkbox' ? !item.checked : Boolean(item.checked);
    const menuItem = { ...item, checked } as unknown as Real.MenuItem;
    item.click?.(menuItem, undefined, {} as Real.KeyboardEvent);
  }
}
FakeMenu satisfies Pick<typeof Real.Menu, 'buildFromTemplate'>;

class FakeNativeTheme extends EventEmitter implements Pick<Real.NativeTheme, 'shouldUseDarkColors'> {
  shouldUseDarkColors = false;
}
export const nativeTheme = new FakeNativeTheme();

class FakeDock implements Pick<Real.Dock, 'hide'> {
  hide = vi.fn<Real.Dock['hide']>();
}

class FakeApp
  extends EventEmitter
  implements
    Pick<
      Real.App,
      | 'requestSingleInstanceLock'
      | 'setAppUserModelId'
      | 'quit'
      | 'whenReady'
      | 'getPath'
      | 'getPreferredSystemLanguages'
      | 'setBadgeCount'
      | 'setLoginItemSettings'
      | 'relaunch'
    >
{
  requestSingleInstanceLock = vi.fn<Real.App['requestSingleInstanceLock']>(() => true);
  setAppUserModelId = vi.fn<Real.App['setAppUserModelId']>();
  quit = vi.fn<Real.App['quit']>();
  whenReady = vi.fn<Real.App['whenReady']>(() => Promise.resolve());
  getPath = vi.fn<Real.App['getPath']>((name) => `fake-${name}-dir`);
  getPreferredSystemLanguages = vi.fn<Real.App['getPreferredSystemLanguages']>(() => ['zh-Hans-CN', 'en-US']);
  setBadgeCount = vi.fn<Real.App['setBadgeCount']>(() => true);
  setLoginItemSettings = vi.fn<Real.App['setLoginItemSettings']>();
  relaunch = vi.fn<Real.App['relaunch']>();
  dock: FakeDock | undefined = new FakeDock();
}
export const app = new FakeApp();

export class FakeWebContents
  extends EventEmitter
  implements Pick<Real.WebContents, 'id' | 'setWindowOpenHandler' | 'send' | 'isDestroyed'>
{
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: Real.HandlerDetails) => Real.WindowOpenHandlerResponse) | null = null;
  sent: { channel: string; message: unknown }[] = [];
  destroyed = false;

  setWindowOpenHandler(handler: (details: Real.HandlerDetails) => Real.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, message: args[0] });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Asks to navigate as a link click would; returns whether the host prevented it. */
  navigate(url: string): boolean {
    let prevented = false;
    this.emit('will-navigate', { url, preventDefault: () => (prevented = true) });
    return prevented;
  }

  /** An IPC event as ipcMain hands it over: from this page's top frame at `frameUrl`, or a subframe of it. */
  ipcEvent(frameUrl: string | null, frame: 'top' | 'subframe' = 'top'): Real.IpcMainInvokeEvent {
    const parent = frame === 'top' ? null : { url: frameUrl };
    const senderFrame = frameUrl === null ? null : { url: frameUrl, parent };
    return { sender: this, senderFrame } as unknown as Real.IpcMainInvokeEvent;
  }
}

export class FakeBrowserWindow
  extends EventEmitter
  implements Pick<Real.BrowserWindow, 'webContents' | 'loadURL' | 'show' | 'focus' | 'isMinimized' | 'restore'>
{
  static instances: FakeBrowserWindow[] = [];
  readonly webContents: FakeWebContents & Real.WebContents = new FakeWebContents() as FakeWebContents &
    Real.WebContents;
  readonly loadedUrls: string[] = [];
  show = vi.fn<Real.BrowserWindow['show']>();
  focus = vi.fn<Real.BrowserWindow['focus']>();
  restore = vi.fn<Real.BrowserWindow['restore']>();
  isMinimized = vi.fn<Real.BrowserWindow['isMinimized']>(() => false);
  private finishLoad!: (failure?: Error) => void;

  constructor(readonly options: Real.BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return new Promise((resolve, reject) => {
      this.finishLoad = (failure) => (failure ? reject(failure) : resolve());
    });
  }

  /** The page finished loading (did-finish-load), or failed to (did-fail-load). */
  finishLoading(failure?: Error): void {
    this.finishLoad(failure);
  }

  /** The user closed the window: Electron destroys it, then emits 'closed'. */
  close(): void {
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}
export { FakeBrowserWindow as BrowserWindow, FakeMenu as Menu, FakeTray as Tray };

/**
 * Answers as the seller would: a test sets what they chose (by default they cancel). Only the
 * overloads without a parent window, which are the ones the host calls.
 */
export const dialog = {
  showSaveDialog: vi.fn((_options: Real.SaveDialogOptions) =>
    Promise.resolve<Real.SaveDialogReturnValue>({ canceled: true, filePath: '' }),
  ),
  showOpenDialog: vi.fn((_options: Real.OpenDialogOptions) =>
    Promise.resolve<Real.OpenDialogReturnValue>({ canceled: true, filePaths: [] }),
  ),
} satisfies {
  showSaveDialog(options: Real.SaveDialogOptions): Promise<Real.SaveDialogReturnValue>;
  showOpenDialog(options: Real.OpenDialogOptions): Promise<Real.OpenDialogReturnValue>;
};

export const shell = {
  openExternal: vi.fn<Real.Shell['openExternal']>(() => Promise.resolve()),
} satisfies Pick<Real.Shell, 'openExternal'>;

export class FakeNotification extends EventEmitter implements Pick<Real.Notification, 'show'> {
  static instances: FakeNotification[] = [];
  static isSupported = vi.fn<typeof Real.Notification.isSupported>(() => true);
  show = vi.fn<Real.Notification['show']>();

  constructor(readonly options: Real.NotificationConstructorOptions) {
    super();
    FakeNotification.instances.push(this);
  }
}
export { FakeNotification as Notification };

type InvokeHandler = (event: Real.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

class FakeIpcMain implements Pick<Real.IpcMain, 'handle'> {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  /** What ipcRenderer.invoke(channel, ...args) from this event's sender would resolve to. */
  async invoke(channel: string, event: Real.IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}
export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter implements Pick<Real.IpcRenderer, 'invoke'> {
  invoke = vi.fn<Real.IpcRenderer['invoke']>();
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposeInMainWorld: vi.fn<Real.ContextBridge['exposeInMainWorld']>(),
} satisfies Pick<Real.ContextBridge, 'exposeInMainWorld'>;

export const net = {
  isOnline: vi.fn<Real.Net['isOnline']>(() => true),
} satisfies Pick<Real.Net, 'isOnline'>;

export const powerMonitor = new EventEmitter();

type PermissionRequestHandler = Parameters<Real.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Real.Session['setPermissionCheckHandler']>[0];

/** Keeps the permission handlers the host sets, for a test to ask them as Chromium would. */
class FakeSession implements Pick<Real.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  requestHandler: PermissionRequestHandler = null;
  checkHandler: PermissionCheckHandler = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandler = handler;
  }
}
export const session = { defaultSession: new FakeSession() };

type StorageBackend = ReturnType<Real.SafeStorage['getSelectedStorageBackend']>;

/** Encrypts reversibly with a fixed key, so a test can tell ciphertext from the plain value. */
class FakeSafeStorage implements Pick<
  Real.SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
> {
  available = true;
  backend: StorageBackend = 'gnome_libsecret';
  private static readonly prefix = Buffer.from('v10');
  isEncryptionAvailable(): boolean {
    return this.available;
  }
  getSelectedStorageBackend(): StorageBackend {
    return this.backend;
  }
  encryptString(plainText: string): Buffer {
    return Buffer.concat([FakeSafeStorage.prefix, Buffer.from(plainText, 'utf8').map((byte) => byte ^ 0x5a)]);
  }
  decryptString(encrypted: Buffer): string {
    if (!encrypted.subarray(0, 3).equals(FakeSafeStorage.prefix))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(encrypted.subarray(3).map((byte) => byte ^ 0x5a)).toString('utf8');
  }
}
export const safeStorage = new FakeSafeStorage();

/** Forgets every instance, listener and recorded call; call in beforeEach. */
export function resetElectronFake(): void {
  // Also puts every vi.fn(impl) back to its impl.
  vi.resetAllMocks();
  FakeTray.instances = [];
  FakeBrowserWindow.instances = [];
  FakeNotification.instances = [];
  ipcMain.handlers.clear();
  for (const emitter of [app, nativeTheme, powerMonitor, ipcRenderer]) emitter.removeAllListeners();
  nativeTheme.shouldUseDarkColors = false;
  app.dock = new FakeDock();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  session.defaultSession = new FakeSession();
}
