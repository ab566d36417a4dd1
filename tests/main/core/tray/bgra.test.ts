import { describe, expect, it } from 'vitest';
import { toBgra } from '../../../../main/core/tray/bgra';
import type { Raster } from '../../../../main/core/tray/raster';

function raster(...pixels: [number, number, number, number][]): Raster {
  return { width: pixels.length, height: 1, data: new Uint8ClampedArray(pixels.flat()) };
}

describe('toBgra', () => {
  it('swaps red and blue for opaque pixels', () => {
    expect([...toBgra(raster([10, 20, 30, 255], [255, 0, 0, 255]))]).toEqual([30, 20, 10, 255, 0, 0, 255, 255]);
  });

  it('premultiplies colour by alpha, as Skia bitmaps hold it', () => {
    expect([...toBgra(raster([200, 100, 50, 128]))]).toEqual([25, 50, 100, 128]);
    expect([...toBgra(raster([255, 255, 255, 0]))]).toEqual([0, 0, 0, 0]);
  });

  it('keeps the size: width × height × 4 bytes', () => {
    const r = { width: 3, height: 2, data: new Uint8ClampedArray(24) };
    expect(toBgra(r)).toHaveLength(24);
  });
});
