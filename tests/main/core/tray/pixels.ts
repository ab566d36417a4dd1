// Reading tray icon rasters in tests: pixels, regions and the colour classes the specs talk about.
import type { Raster } from '../../../../main/core/tray/raster';

export interface Pixel {
  r: number;
  g: number;
  b: number;
  a: number;
}

export interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function pixelAt(raster: Raster, x: number, y: number): Pixel {
  const i = (y * raster.width + x) * 4;
  const [r, g, b, a] = raster.data.subarray(i, i + 4);
  return { r: r!, g: g!, b: b!, a: a! };
}

export function pixelsIn(raster: Raster, region: Region = whole(raster)): Pixel[] {
  const pixels: Pixel[] = [];
  for (let y = region.y0; y < region.y1; y++) {
    for (let x = region.x0; x < region.x1; x++) pixels.push(pixelAt(raster, x, y));
  }
  return pixels;
}

export function whole(raster: Raster): Region {
  return { x0: 0, y0: 0, x1: raster.width, y1: raster.height };
}

/** The part of the icon where the flag is and no marker ever goes. */
export function flagCorner(raster: Raster): Region {
  return { x0: 0, y0: 0, x1: Math.floor(raster.width * 0.4), y1: Math.floor(raster.height * 0.4) };
}

export const isBadgeRed = (p: Pixel) => p.a > 230 && p.r > 180 && p.g < 90 && p.b < 90;
export const isAmber = (p: Pixel) => p.a > 230 && p.r > 220 && p.g > 140 && p.g < 200 && p.b < 80;
export const isWhite = (p: Pixel) => p.a > 250 && p.r > 250 && p.g > 250 && p.b > 250;
/** Visibly coloured rather than grey. */
export const isSaturated = (p: Pixel) => p.a > 10 && Math.max(p.r, p.g, p.b) - Math.min(p.r, p.g, p.b) > 40;

export function luminance(p: Pixel): number {
  return 0.2126 * p.r + 0.7152 * p.g + 0.0722 * p.b;
}

/** Which pixels of a region pass a test, as rows of '#' and '.', to compare drawings. */
export function mask(raster: Raster, test: (p: Pixel) => boolean, region: Region = whole(raster)): string {
  const rows: string[] = [];
  for (let y = region.y0; y < region.y1; y++) {
    let row = '';
    for (let x = region.x0; x < region.x1; x++) row += test(pixelAt(raster, x, y)) ? '#' : '.';
    rows.push(row);
  }
  return rows.join('\n');
}
