import { describe, expect, it } from 'vitest';
import { canvasToRaster, createCanvas } from '../../../../main/core/tray/canvas';
import { hexColour } from '../../../../main/core/tray/colour';
import { paintMarker, type MarkerStyle } from '../../../../main/core/tray/marker';
import type { Raster } from '../../../../main/core/tray/raster';
import { pixelAt, pixelsIn } from './pixels';

const style: MarkerStyle = { fill: hexColour('#0000ff'), ink: hexColour('#ffff00'), outline: hexColour('#00ff00') };
const isFill = (p: { r: number; g: number; b: number; a: number }) =>
  p.b === 255 && p.r === 0 && p.g === 0 && p.a === 255;
const isInk = (p: { r: number; g: number; b: number; a: number }) =>
  p.r === 255 && p.g === 255 && p.b === 0 && p.a === 255;

function marker(text: string, corner: 'top-right' | 'bottom-right', pixels = 32, cell = 2): Raster {
  const canvas = createCanvas(pixels, pixels);
  paintMarker(canvas, text, corner, cell, style);
  return canvasToRaster(canvas);
}

/** Columns and rows that anything was painted in. */
function extent(raster: Raster) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) {
      if (pixelAt(raster, x, y).a === 0) continue;
      xs.push(x);
      ys.push(y);
    }
  }
  return { left: Math.min(...xs), right: Math.max(...xs) + 1, top: Math.min(...ys), bottom: Math.max(...ys) + 1 };
}

describe('paintMarker', () => {
  it('is a disc nine cells across for a single glyph, touching its corner', () => {
    expect(extent(marker('7', 'bottom-right'))).toEqual({ left: 14, right: 32, top: 14, bottom: 32 });
    expect(extent(marker('!', 'top-right'))).toEqual({ left: 14, right: 32, top: 0, bottom: 18 });
  });

  it('stretches into a pill for longer text: text width plus padding and ring each side', () => {
    // "42" is 7 cells, "99+" 11 cells; padding and ring add 2 cells each side.
    expect(extent(marker('42', 'bottom-right'))).toMatchObject({ left: 32 - 11 * 2, top: 14 });
    expect(extent(marker('99+', 'bottom-right'))).toMatchObject({ left: 32 - 15 * 2, top: 14 });
  });

  it('never grows wider than the canvas', () => {
    expect(extent(marker('99+', 'bottom-right', 16, 2))).toMatchObject({ left: 0, right: 16 });
  });

  it('rings the fill with the outline and sets the text in ink, centred', () => {
    const raster = marker('1', 'bottom-right');
    expect(pixelAt(raster, 15, 22)).toEqual({ r: 0, g: 255, b: 0, a: 255 }); // ring, left of centre
    expect(isFill(pixelAt(raster, 17, 22))).toBe(true); // inside the ring
    // "1" is 3 × 5 cells from (20, 18): its bottom row is solid ink, its top row only the middle cell.
    expect(pixelsIn(raster, { x0: 20, y0: 26, x1: 26, y1: 28 }).every(isInk)).toBe(true);
    expect(pixelsIn(raster, { x0: 22, y0: 18, x1: 24, y1: 20 }).every(isInk)).toBe(true);
    expect(pixelsIn(raster, { x0: 20, y0: 18, x1: 22, y1: 20 }).every(isFill)).toBe(true);
  });
});
