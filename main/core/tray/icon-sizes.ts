// Which bitmaps each OS's tray wants. The Electron host draws one raster per variant and adds
// each as a representation (scale factor) of a single nativeImage.
import type { TrayScale } from './draw-tray-icon';

export interface TrayIconSize {
  readonly platform: 'win32' | 'darwin' | 'linux';
  /** Logical size in points. */
  readonly size: number;
  readonly scales: readonly TrayScale[];
}

export const trayIconSizes: readonly TrayIconSize[] = [
  // Notification area: 16 px at 100 %, 32 px at 200 %; Windows scales the nearer one for 125/150 %.
  { platform: 'win32', size: 16, scales: [1, 2] },
  // Menu bar: 22 pt, 44 px on Retina displays.
  { platform: 'darwin', size: 22, scales: [1, 2] },
  // StatusNotifierItem hosts receive only the 1x bitmap and fit it to the panel (22–24 px on
  // GNOME and KDE), so one 24 px image it is.
  { platform: 'linux', size: 24, scales: [1] },
];

export interface TrayIconVariant {
  readonly size: number;
  readonly scale: TrayScale;
  /** Width and height of the bitmap. */
  readonly pixels: number;
}

/** The bitmaps to draw for a `process.platform`; other Unixes have Linux's trays. */
export function trayIconVariants(platform: string): TrayIconVariant[] {
  const entry =
    trayIconSizes.find((s) => s.platform === platform) ?? trayIconSizes.find((s) => s.platform === 'linux')!;
  return entry.scales.map((scale) => ({ size: entry.size, scale, pixels: entry.size * scale }));
}
