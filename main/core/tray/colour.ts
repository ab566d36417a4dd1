// Colours as the canvas blends them: channels 0..1, straight alpha.

export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** `#rrggbb` with an optional opacity. */
export function hexColour(hex: string, alpha = 1): Rgba {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16) / 255;
  return { r: channel(1), g: channel(3), b: channel(5), a: alpha };
}
