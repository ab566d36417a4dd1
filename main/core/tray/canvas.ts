// Where the icon is painted: premultiplied float pixels, so layers blend and erase exactly and
// are rounded to 8 bits once. Edges are anti-aliased: each pixel row is cut by several
// horizontal lines and the stretch of each line a shape covers is measured exactly.
import type { Rgba } from './colour';
import { createRaster, type Raster } from './raster';
import type { Shape } from './shapes';

/** Sample lines per pixel row: eight coverage levels on near-horizontal edges, exact area across. */
const linesPerRow = 8;

export interface Canvas {
  readonly width: number;
  readonly height: number;
  /** Premultiplied RGBA, 0..1. */
  readonly data: Float32Array;
}

export function createCanvas(width: number, height: number): Canvas {
  return { width, height, data: new Float32Array(width * height * 4) };
}

/** Paints `colour` over the canvas wherever the shape covers it. */
export function fillShape(canvas: Canvas, shape: Shape, colour: Rgba): void {
  const { data, width } = canvas;
  forEachCoveredRow(canvas, shape, (y, coverage) => {
    for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
      const alpha = colour.a * coverage[x]!;
      if (alpha === 0) continue;
      const keep = 1 - alpha;
      data[i] = colour.r * alpha + data[i]! * keep;
      data[i + 1] = colour.g * alpha + data[i + 1]! * keep;
      data[i + 2] = colour.b * alpha + data[i + 2]! * keep;
      data[i + 3] = alpha + data[i + 3]! * keep;
    }
  });
}

/** Makes the canvas transparent wherever the shape covers it (a knockout gap). */
export function eraseShape(canvas: Canvas, shape: Shape): void {
  const { data, width } = canvas;
  forEachCoveredRow(canvas, shape, (y, coverage) => {
    for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
      const keep = 1 - coverage[x]!;
      data[i] = data[i]! * keep;
      data[i + 1] = data[i + 1]! * keep;
      data[i + 2] = data[i + 2]! * keep;
      data[i + 3] = data[i + 3]! * keep;
    }
  });
}

export function canvasToRaster(canvas: Canvas): Raster {
  const raster = createRaster(canvas.width, canvas.height);
  const { data } = canvas;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    if (alpha <= 0) continue;
    raster.data[i] = (data[i]! / alpha) * 255;
    raster.data[i + 1] = (data[i + 1]! / alpha) * 255;
    raster.data[i + 2] = (data[i + 2]! / alpha) * 255;
    raster.data[i + 3] = alpha * 255;
  }
  return raster;
}

/** Calls `paint` for each pixel row the shape reaches, with the fraction (0..1) of each pixel it covers. */
function forEachCoveredRow(canvas: Canvas, shape: Shape, paint: (y: number, coverage: Float32Array) => void): void {
  const coverage = new Float32Array(canvas.width);
  const lineWeight = 1 / linesPerRow;
  const yEnd = Math.min(canvas.height, Math.ceil(shape.bottom));
  for (let y = Math.max(0, Math.floor(shape.top)); y < yEnd; y++) {
    coverage.fill(0);
    for (let line = 0; line < linesPerRow; line++) {
      for (const [start, end] of shape.spans(y + (line + 0.5) * lineWeight)) {
        addSpan(coverage, Math.max(0, start), Math.min(canvas.width, end), lineWeight);
      }
    }
    paint(y, coverage);
  }
}

/** Adds `weight` × the length of [start, end) that falls in each pixel. */
function addSpan(coverage: Float32Array, start: number, end: number, weight: number): void {
  if (end <= start) return;
  const first = Math.floor(start);
  const last = Math.floor(end);
  if (first === last) {
    coverage[first] = Math.min(1, coverage[first]! + (end - start) * weight);
    return;
  }
  coverage[first] = Math.min(1, coverage[first]! + (first + 1 - start) * weight);
  for (let x = first + 1; x < last; x++) coverage[x] = Math.min(1, coverage[x]! + weight);
  if (last < coverage.length) coverage[last] = Math.min(1, coverage[last]! + (end - last) * weight);
}
