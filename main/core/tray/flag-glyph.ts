// The flag: Seller Central's symbol for performance notifications. Drawn on a 16-unit grid
// scaled to the icon; the pole snaps to whole pixels so it stays sharp.
import { polygon, rect, stroke, union, type Shape } from './shapes';

/** A pole with a cloth waving from its top. */
export function flagShape(pixels: number): Shape {
  const unit = pixels / 16;
  const poleX = Math.round(2 * unit);
  const poleWidth = Math.max(1, Math.round(1.5 * unit));
  const poleTop = Math.round(unit);
  const pole = rect(poleX, poleTop, poleWidth, Math.round(15 * unit) - poleTop);
  const cloth = wavingCloth(poleX + poleWidth, Math.round(14.5 * unit), 2.6 * unit, 6.4 * unit, 0.8 * unit);
  return union(pole, cloth);
}

/** The "no connection" stroke across the flag, and the wider gap cut around it first. */
export function offlineSlash(pixels: number): { stroke: Shape; gap: Shape } {
  const unit = pixels / 16;
  const width = 1.5 * unit;
  const [from, to] = [1.5 * unit, 14.5 * unit];
  return {
    stroke: stroke(from, from, to, to, width),
    gap: stroke(from, from, to, to, width + 2 * Math.max(1, unit)),
  };
}

/**
 * A band between x0 and x1 whose top edge follows one period of a sine (up, then down), the
 * bottom edge parallel to it: a cloth in the wind, as a polygon fine enough to look smooth.
 */
function wavingCloth(x0: number, x1: number, top: number, height: number, amplitude: number): Shape {
  const steps = 24;
  const edge = Array.from({ length: steps + 1 }, (_, i) => {
    const x = x0 + ((x1 - x0) * i) / steps;
    return [x, top - amplitude * Math.sin((2 * Math.PI * i) / steps)] as const;
  });
  const lowerEdge = edge.map(([x, y]) => [x, y + height] as const).reverse();
  return polygon([...edge, ...lowerEdge]);
}
