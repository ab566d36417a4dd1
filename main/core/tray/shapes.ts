// Shapes in pixel coordinates (a pixel's square spans [x, x+1)), described by the stretches of
// a horizontal line they cover. The canvas intersects each pixel row with a shape a few times
// and measures those stretches exactly, which anti-aliases edges for a fraction of the cost of
// testing points one by one.

/** [start, end) on a horizontal line. */
export type Span = readonly [start: number, end: number];

export interface Shape {
  /** Vertical extent: no line outside [top, bottom) meets the shape. */
  readonly top: number;
  readonly bottom: number;
  /** The covered stretches of the line at height y, sorted and not overlapping. */
  spans(y: number): Span[];
}

export function rect(x: number, y: number, width: number, height: number): Shape {
  const bottom = y + height;
  const span: Span = [x, x + width];
  return { top: y, bottom, spans: (py) => (py >= y && py < bottom ? [span] : []) };
}

/** A rectangle whose short sides are semicircles: a circle when width equals height. */
export function pill(x: number, y: number, width: number, height: number): Shape {
  const radius = Math.min(width, height) / 2;
  const cx0 = x + radius;
  const cx1 = x + width - radius;
  const cy0 = y + radius;
  const cy1 = y + height - radius;
  return {
    top: y,
    bottom: y + height,
    spans(py) {
      const dy = py < cy0 ? cy0 - py : py > cy1 ? py - cy1 : 0;
      if (dy >= radius) return [];
      const half = Math.sqrt(radius * radius - dy * dy);
      return [[cx0 - half, cx1 + half]];
    },
  };
}

/** Any simple polygon, corners in order; crossings pair up (even-odd rule). */
export function polygon(points: readonly (readonly [number, number])[]): Shape {
  // Edge i runs from corner i to the next; typed arrays keep the per-line loop tight.
  const count = points.length;
  const startX = new Float64Array(count);
  const startY = new Float64Array(count);
  const endY = new Float64Array(count);
  const dxPerDy = new Float64Array(count);
  points.forEach(([ax, ay], i) => {
    const [bx, by] = points[(i + 1) % count]!;
    startX[i] = ax;
    startY[i] = ay;
    endY[i] = by;
    dxPerDy[i] = (bx - ax) / (by - ay);
  });
  return {
    top: Math.min(...startY),
    bottom: Math.max(...startY),
    spans(y) {
      const crossings: number[] = [];
      for (let i = 0; i < count; i++) {
        // Half-open in y, so a line through a corner counts the two edges there once.
        if (startY[i]! <= y !== endY[i]! <= y) crossings.push(startX[i]! + (y - startY[i]!) * dxPerDy[i]!);
      }
      crossings.sort((a, b) => a - b);
      const spans: Span[] = [];
      for (let i = 0; i + 1 < crossings.length; i += 2) spans.push([crossings[i]!, crossings[i + 1]!]);
      return spans;
    },
  };
}

/** A straight stroke `width` wide from (ax, ay) to (bx, by), cut square at both ends. */
export function stroke(ax: number, ay: number, bx: number, by: number, width: number): Shape {
  const length = Math.hypot(bx - ax, by - ay);
  const nx = (-(by - ay) / length) * (width / 2);
  const ny = ((bx - ax) / length) * (width / 2);
  return polygon([
    [ax + nx, ay + ny],
    [bx + nx, by + ny],
    [bx - nx, by - ny],
    [ax - nx, ay - ny],
  ]);
}

/** Everything any of the shapes covers, each point once. */
export function union(...shapes: readonly Shape[]): Shape {
  return {
    top: Math.min(...shapes.map((s) => s.top)),
    bottom: Math.max(...shapes.map((s) => s.bottom)),
    spans(y) {
      const all: Span[] = [];
      for (const shape of shapes) for (const span of shape.spans(y)) all.push(span);
      if (all.length < 2) return all;
      all.sort((a, b) => a[0] - b[0]);
      const merged: [number, number][] = [];
      for (const [start, end] of all) {
        const last = merged[merged.length - 1];
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else merged.push([start, end]);
      }
      return merged;
    },
  };
}
