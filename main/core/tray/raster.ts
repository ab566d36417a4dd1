// The tray icon as raw pixels: what the hosts turn into an image (Electron) or a PNG (scripts).

/** Straight (not premultiplied) RGBA, 8 bits per channel, rows top to bottom. */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

export function createRaster(width: number, height: number): Raster {
  return { width, height, data: new Uint8ClampedArray(width * height * 4) };
}
