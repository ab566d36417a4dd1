// The tray: the flag with its unread badge (pixels drawn by the core, so every OS shows the
// count), the tooltip, and the menu that is the app's front door while the window is closed. Both
// speak the app's language (the badge's tooltip comes worded from the app).
import { app as electron, Menu, nativeImage, nativeTheme, Tray, type NativeImage } from 'electron';
import type { FlagwatchApp } from '../app/flagwatch-app';
import type { Badge } from '../core/schema';
import { toBgra } from '../core/tray/bgra';
import type { TrayIconInput } from '../core/tray/draw-tray-icon';
import { trayIconVariants } from '../core/tray/icon-sizes';
import type { TrayTheme } from '../core/tray/palette';
import type { Raster } from '../core/tray/raster';
import { openAddNotice, type WindowHost } from './window';

/** Draws one bitmap of the icon (straight RGBA); `drawTrayIcon` in the app, a fake in tests. */
export type TrayIconPainter = (input: TrayIconInput) => Raster;

export interface TrayOptions {
  app: Pick<
    FlagwatchApp,
    'badge' | 'status' | 'on' | 'refreshNow' | 'setNotificationsPaused' | 'translator' | 'openAddNotice'
  >;
  windows: Pick<WindowHost, 'show' | 'isOpen'>;
  paint: TrayIconPainter;
  platform: NodeJS.Platform;
  /** "Contact Seller Support": the window on the Help view. */
  openSupport(): void;
}

export function createTray({ app, windows, paint, platform, openSupport }: TrayOptions): void {
  const tray = new Tray(nativeImage.createEmpty());
  let badge = app.badge();
  let drawn = '';
  let menuShown = '';

  function showBadge(next: Badge): void {
    badge = next;
    const theme: TrayTheme = nativeTheme.shouldUseDarkColors ? 'dark' : 'light';
    // Status events arrive often; redraw only when the pixels would change.
    const look = `${next.unread}/${next.state}/${theme}`;
    if (look !== drawn) {
      tray.setImage(trayImage(paint, platform, next, theme));
      drawn = look;
    }
    tray.setToolTip(next.tooltip);
    // The macOS menu bar can show text beside the icon; launchers that show a count (Unity's,
    // the Dock when visible) get it too. Elsewhere the count is in the pixels.
    if (platform === 'darwin') tray.setTitle(next.unread > 0 ? String(next.unread) : '');
    electron.setBadgeCount(next.unread);
  }

  function showMenu(paused: boolean): void {
    const t = app.translator();
    // Settings changes arrive as status events: rebuild only for the pause box or the language.
    const look = `${paused}/${t.locale}`;
    if (look === menuShown) return;
    menuShown = look;
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: t.t('tray.menu.open'), click: () => void windows.show() },
        { label: t.t('tray.menu.refresh'), click: () => void app.refreshNow() },
        { label: t.t('notice.tray.add'), click: () => void openAddNotice(windows, app) },
        {
          label: t.t('tray.menu.pause'),
          type: 'checkbox',
          checked: paused,
          click: (item) => app.setNotificationsPaused(item.checked),
        },
        { label: t.t('support.tray.contact'), click: () => openSupport() },
        { type: 'separator' },
        { label: t.t('tray.menu.quit'), click: () => electron.quit() },
      ]),
    );
  }

  tray.on('click', () => void windows.show());
  app.on('inbox.changed', (view) => showBadge(view.badge));
  app.on('badge.changed', showBadge);
  app.on('status.changed', (status) => showMenu(status.notificationsPaused));
  nativeTheme.on('updated', () => showBadge(badge));
  showBadge(badge);
  showMenu(app.status().notificationsPaused);
}

/** One image holding a bitmap per scale factor, so each display picks its own. */
function trayImage(paint: TrayIconPainter, platform: NodeJS.Platform, badge: Badge, theme: TrayTheme): NativeImage {
  const image = nativeImage.createEmpty();
  for (const { size, scale } of trayIconVariants(platform)) {
    const raster = paint({ unread: badge.unread, state: badge.state, size, scale, theme });
    const bitmap = toBgra(raster);
    image.addRepresentation({
      scaleFactor: scale,
      width: raster.width,
      height: raster.height,
      buffer: Buffer.from(bitmap.buffer, bitmap.byteOffset, bitmap.byteLength),
    });
  }
  return image;
}
