// The page may show notifications and nothing else: every other permission Chromium knows is
// refused, when requested and when checked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { restrictPermissions } from '../../../main/electron/permissions';
import { resetElectronFake, session } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

type Permission = Parameters<NonNullable<typeof session.defaultSession.requestHandler>>[1];
const refused: Permission[] = [
  'media',
  'geolocation',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'idle-detection',
  'midi',
  'midiSysex',
  'mediaKeySystem',
  'openExternal',
  'pointerLock',
  'keyboardLock',
  'fileSystem',
  'window-management',
  'unknown',
];

beforeEach(() => {
  resetElectronFake();
  restrictPermissions(session.defaultSession);
});

function requested(permission: Permission): boolean {
  let answer: boolean | undefined;
  const contents = {} as Electron.WebContents;
  session.defaultSession.requestHandler!(contents, permission, (granted) => (answer = granted), {
    requestingUrl: 'file:///app/out/renderer/index.html',
    isMainFrame: true,
  } as Electron.PermissionRequest);
  if (answer === undefined) throw new Error(`no answer for ${permission}`);
  return answer;
}

function checked(permission: string): boolean {
  return session.defaultSession.checkHandler!(null, permission as 'notifications', 'file://', {
    isMainFrame: true,
    embeddingOrigin: 'file://',
  } as Electron.PermissionCheckHandlerHandlerDetails);
}

describe("the window's permissions", () => {
  it('grants notifications when requested and when checked', () => {
    expect(requested('notifications')).toBe(true);
    expect(checked('notifications')).toBe(true);
  });

  it.each(refused)('refuses %s when requested and when checked', (permission) => {
    expect(requested(permission)).toBe(false);
    expect(checked(permission)).toBe(false);
  });
});

describe('the host', () => {
  it('restricts the default session once Electron is ready', async () => {
    resetElectronFake();
    const { startElectronHost } = await import('../../../main/electron/host');
    expect(session.defaultSession.requestHandler).toBeNull();
    await startElectronHost({
      platform: 'linux',
      appId: 'com.flagwatch.app',
      pageUrl: 'file:///app/out/renderer/index.html',
      preloadPath: 'preload/index.cjs',
      paint: ({ size, scale }) => ({
        width: size * scale,
        height: size * scale,
        data: new Uint8ClampedArray(size * scale * size * scale * 4),
      }),
      logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
      fallbackNotifier: { show: vi.fn(() => Promise.resolve()) },
      createApp: () => {
        throw new Error('stop here: the session is what this test is about');
      },
    }).catch(() => {});
    expect(session.defaultSession.requestHandler).not.toBeNull();
    expect(session.defaultSession.checkHandler).not.toBeNull();
  });
});
