// The tray icon for a state: the flag, an unread badge, and the error or offline variant.
import type { TrayState } from '../schema';
import { badgeLabel } from './badge-label';
import { canvasToRaster, createCanvas, eraseShape, fillShape } from './canvas';
import { flagShape, offlineSlash } from './flag-glyph';
import { paintMarker } from './marker';
import { badgeStyle, errorMarkStyle, glyphColour, type TrayTheme } from './palette';
import type { Raster } from './raster';

export type TrayScale = 1 | 2;

export interface TrayIconInput {
  unread: number;
  state: TrayState;
  /** Logical size in points; the raster is size × scale pixels square. */
  size: number;
  scale: TrayScale;
  theme: TrayTheme;
}

/** Below this the badge's five-pixel digits no longer fit beside a flag. */
const minPixels = 16;

/**
 * Draws the icon. The badge shows whenever something is unread, whatever the state: offline or
 * failing, the last known count is still what the seller has to deal with.
 */
export function drawTrayIcon({ unread, state, size, scale, theme }: TrayIconInput): Raster {
  const pixels = size * scale;
  if (!Number.isInteger(pixels) || pixels < minPixels) {
    throw new RangeError(`A tray icon needs a whole number of pixels, at least ${minPixels}; got ${size} × ${scale}`);
  }
  const canvas = createCanvas(pixels, pixels);
  const colour = glyphColour(theme, state);
  fillShape(canvas, flagShape(pixels), colour);
  if (state === 'offline') {
    const slash = offlineSlash(pixels);
    eraseShape(canvas, slash.gap);
    fillShape(canvas, slash.stroke, colour);
  }
  // One font cell per 16 px keeps 22 px @2x an exact double of 22 px @1x.
  const cell = Math.floor(pixels / minPixels);
  if (state === 'error') paintMarker(canvas, '!', 'top-right', cell, errorMarkStyle);
  // Where the two markers meet, the badge's ring goes over the mark's padding: the count stays whole.
  const label = badgeLabel(unread);
  if (label !== null) paintMarker(canvas, label, 'bottom-right', cell, badgeStyle);
  return canvasToRaster(canvas);
}
