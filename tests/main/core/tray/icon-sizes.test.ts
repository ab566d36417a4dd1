import { describe, expect, it } from 'vitest';
import { drawTrayIcon } from '../../../../main/core/tray/draw-tray-icon';
import { trayIconSizes, trayIconVariants } from '../../../../main/core/tray/icon-sizes';

describe('tray icon sizes', () => {
  it('gives Windows 16 px and 32 px for 100 % and 200 %', () => {
    expect(trayIconVariants('win32')).toEqual([
      { size: 16, scale: 1, pixels: 16 },
      { size: 16, scale: 2, pixels: 32 },
    ]);
  });

  it('gives the macOS menu bar 22 pt at @1x and @2x (44 px)', () => {
    expect(trayIconVariants('darwin')).toEqual([
      { size: 22, scale: 1, pixels: 22 },
      { size: 22, scale: 2, pixels: 44 },
    ]);
  });

  it('gives Linux one 24 px bitmap, and other Unixes the same', () => {
    expect(trayIconVariants('linux')).toEqual([{ size: 24, scale: 1, pixels: 24 }]);
    expect(trayIconVariants('freebsd')).toEqual(trayIconVariants('linux'));
  });

  it('lists every platform once, and every variant can be drawn at its pixel size', () => {
    expect(trayIconSizes.map((s) => s.platform).sort()).toEqual(['darwin', 'linux', 'win32']);
    for (const { platform } of trayIconSizes) {
      for (const { size, scale, pixels } of trayIconVariants(platform)) {
        const raster = drawTrayIcon({ unread: 3, state: 'active', size, scale, theme: 'dark' });
        expect([raster.width, raster.height]).toEqual([pixels, pixels]);
      }
    }
  });
});
