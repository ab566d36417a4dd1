import { describe, expect, it } from 'vitest';
import { canvasToRaster, createCanvas, eraseShape, fillShape } from '../../../../main/core/tray/canvas';
import { hexColour } from '../../../../main/core/tray/colour';
import { pill, rect } from '../../../../main/core/tray/shapes';
import { pixelAt } from './pixels';

const red = hexColour('#ff0000');
const blue = hexColour('#0000ff');

describe('the canvas', () => {
  it('starts transparent and paints whole pixels solid', () => {
    const canvas = createCanvas(4, 4);
    fillShape(canvas, rect(1, 1, 2, 2), red);
    const raster = canvasToRaster(canvas);
    expect([raster.width, raster.height, raster.data.length]).toEqual([4, 4, 64]);
    expect(pixelAt(raster, 1, 1)).toEqual({ r: 255, g: 0, b: 0, a: 255 });
    expect(pixelAt(raster, 2, 2)).toEqual({ r: 255, g: 0, b: 0, a: 255 });
    expect(pixelAt(raster, 0, 0)).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(pixelAt(raster, 3, 1).a).toBe(0);
  });

  it('gives a partly covered pixel that fraction of opacity, in the shape colour', () => {
    const canvas = createCanvas(2, 2);
    fillShape(canvas, rect(0, 0, 1.5, 2), red); // half of column 1
    fillShape(canvas, rect(0, 1.25, 2, 1), blue); // three quarters of row 1
    const raster = canvasToRaster(canvas);
    expect(pixelAt(raster, 1, 0)).toEqual({ r: 255, g: 0, b: 0, a: 128 });
    const mixed = pixelAt(raster, 1, 1); // blue 0.75 over red 0.5
    expect(mixed.a).toBe(Math.round(255 * (0.75 + 0.5 * 0.25)));
    expect(mixed.b).toBeGreaterThan(mixed.r);
  });

  it('anti-aliases curved edges: a circle edge pixel is partly opaque', () => {
    const canvas = createCanvas(16, 16);
    fillShape(canvas, pill(0, 0, 16, 16), red);
    const raster = canvasToRaster(canvas);
    expect(pixelAt(raster, 8, 8).a).toBe(255);
    const edge = pixelAt(raster, 2, 2).a;
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(255);
    expect(pixelAt(raster, 0, 0).a).toBe(0);
  });

  it('paints translucent colours over what is there', () => {
    const canvas = createCanvas(1, 1);
    fillShape(canvas, rect(0, 0, 1, 1), hexColour('#ffffff', 0.5));
    fillShape(canvas, rect(0, 0, 1, 1), hexColour('#000000', 0.5));
    const p = pixelAt(canvasToRaster(canvas), 0, 0);
    expect(p.a).toBe(191); // 0.5 + 0.5 × 0.5
    expect(p.r).toBe(85); // white 0.25 of 0.75 coverage → one third
  });

  it('erases what a shape covers, keeping the rest', () => {
    const canvas = createCanvas(4, 1);
    fillShape(canvas, rect(0, 0, 4, 1), red);
    eraseShape(canvas, rect(1, 0, 1.5, 1));
    const raster = canvasToRaster(canvas);
    expect(pixelAt(raster, 0, 0).a).toBe(255);
    expect(pixelAt(raster, 1, 0).a).toBe(0);
    expect(pixelAt(raster, 2, 0)).toEqual({ r: 255, g: 0, b: 0, a: 128 });
    expect(pixelAt(raster, 3, 0).a).toBe(255);
  });

  it('blends each channel on its own: translucent green over white', () => {
    const canvas = createCanvas(1, 1);
    fillShape(canvas, rect(0, 0, 1, 1), hexColour('#ffffff'));
    fillShape(canvas, rect(0, 0, 1, 1), hexColour('#00ff00', 0.5));
    expect(pixelAt(canvasToRaster(canvas), 0, 0)).toEqual({ r: 128, g: 255, b: 128, a: 255 });
  });

  it('covers a pixel by the share of it a narrow shape takes, and its neighbours not at all', () => {
    const canvas = createCanvas(3, 1);
    fillShape(canvas, rect(1.25, 0, 0.5, 1), red);
    const raster = canvasToRaster(canvas);
    expect([0, 1, 2].map((x) => pixelAt(raster, x, 0).a)).toEqual([0, 128, 0]);
  });

  it('paints nothing for a shape wholly beside the canvas', () => {
    const canvas = createCanvas(3, 1);
    fillShape(canvas, rect(-3, 0, 2, 1), red);
    fillShape(canvas, rect(4, 0, 2, 1), red);
    expect([...canvasToRaster(canvas).data].every((v) => v === 0)).toBe(true);
  });

  it('clips shapes that reach past its edges', () => {
    const canvas = createCanvas(3, 3);
    fillShape(canvas, rect(-5, -5, 20, 20), red);
    expect([...canvasToRaster(canvas).data].filter((_, i) => i % 4 === 3)).toEqual(Array(9).fill(255));
  });
});
