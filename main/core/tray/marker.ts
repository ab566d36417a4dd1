// A marker in a corner of the icon: a disc (or a pill for longer text) with an outline ring
// and text from the bitmap font. The unread badge and the error mark are both markers.
import { glyphHeight, textShape, textWidth } from './bitmap-font';
import { fillShape, type Canvas } from './canvas';
import type { Rgba } from './colour';
import { pill } from './shapes';

export interface MarkerStyle {
  readonly fill: Rgba;
  readonly ink: Rgba;
  /** The ring that keeps the marker apart from the glyph and from any tray background. */
  readonly outline: Rgba;
}

export type MarkerCorner = 'top-right' | 'bottom-right';

/**
 * Paints `text` as a marker in a corner. Everything is a whole number of font cells, so the
 * glyphs land on the pixel grid and stay sharp; only the round edges are anti-aliased.
 */
export function paintMarker(
  canvas: Canvas,
  text: string,
  corner: MarkerCorner,
  cell: number,
  style: MarkerStyle,
): void {
  const ring = cell;
  const padding = cell;
  const height = glyphHeight * cell + 2 * (padding + ring);
  const inkWidth = textWidth(text) * cell;
  const width = Math.min(canvas.width, Math.max(height, inkWidth + 2 * (padding + ring)));
  const x = canvas.width - width;
  const y = corner === 'top-right' ? 0 : canvas.height - height;
  fillShape(canvas, pill(x, y, width, height), style.outline);
  fillShape(canvas, pill(x + ring, y + ring, width - 2 * ring, height - 2 * ring), style.fill);
  const textX = x + Math.floor((width - inkWidth) / 2);
  fillShape(canvas, textShape(text, textX, y + ring + padding, cell), style.ink);
}
