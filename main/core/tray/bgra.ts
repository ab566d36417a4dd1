// Electron's nativeImage.createFromBitmap copies the buffer into a Skia N32 premultiplied
// bitmap: BGRA byte order on Windows, macOS and Linux, colour already multiplied by alpha.
import type { Raster } from './raster';

/** The raster's pixels as createFromBitmap expects them. */
export function toBgra(raster: Raster): Uint8Array {
  const { data } = raster;
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    out[i] = Math.round((data[i + 2]! * alpha) / 255);
    out[i + 1] = Math.round((data[i + 1]! * alpha) / 255);
    out[i + 2] = Math.round((data[i]! * alpha) / 255);
    out[i + 3] = alpha;
  }
  return out;
}
