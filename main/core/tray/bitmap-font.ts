// A tiny bitmap font for the badge: digits, '+' and '!'. At 16 px a badge has room for glyphs
// five pixels tall, where outline fonts turn to mush; whole-cell glyphs stay crisp at any
// integer scale.
import type { Shape, Span } from './shapes';

/** Rows top to bottom; '#' is ink. */
const glyphs: Readonly<Record<string, readonly string[]>> = {
  '0': ['###', '#.#', '#.#', '#.#', '###'],
  '1': ['.#.', '##.', '.#.', '.#.', '###'],
  '2': ['###', '..#', '###', '#..', '###'],
  '3': ['###', '..#', '.##', '..#', '###'],
  '4': ['#.#', '#.#', '###', '..#', '..#'],
  '5': ['###', '#..', '###', '..#', '###'],
  '6': ['###', '#..', '###', '#.#', '###'],
  '7': ['###', '..#', '..#', '.#.', '.#.'],
  '8': ['###', '#.#', '###', '#.#', '###'],
  '9': ['###', '#.#', '###', '..#', '###'],
  '+': ['...', '.#.', '###', '.#.', '...'],
  '!': ['#', '#', '#', '.', '#'],
};

export const glyphHeight = 5;

/** Blank cells between two glyphs. */
const spacing = 1;

export function fontGlyph(char: string): readonly string[] {
  const glyph = glyphs[char];
  if (!glyph) throw new Error(`The tray font has no glyph for ${JSON.stringify(char)}`);
  return glyph;
}

/** Width of `text` in cells. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += fontGlyph(char)[0]!.length;
  return width + spacing * Math.max(0, text.length - 1);
}

/** `text` set with its top-left corner at (x, y), each font cell `cell` pixels square. */
export function textShape(text: string, x: number, y: number, cell: number): Shape {
  // Each glyph row becomes the stretches of ink it holds, in pixels.
  const rows: Span[][] = Array.from({ length: glyphHeight }, () => []);
  let left = x;
  for (const char of text) {
    const glyph = fontGlyph(char);
    glyph.forEach((row, r) => {
      for (const run of row.matchAll(/#+/g))
        rows[r]!.push([left + run.index * cell, left + (run.index + run[0].length) * cell]);
    });
    left += (glyph[0]!.length + spacing) * cell;
  }
  const bottom = y + glyphHeight * cell;
  return {
    top: y,
    bottom,
    spans: (py) => (py >= y && py < bottom ? rows[Math.floor((py - y) / cell)]! : []),
  };
}
