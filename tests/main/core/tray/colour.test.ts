import { describe, expect, it } from 'vitest';
import { hexColour } from '../../../../main/core/tray/colour';

describe('hexColour', () => {
  it('reads #rrggbb into 0..1 channels with an opacity', () => {
    expect(hexColour('#ff8000')).toEqual({ r: 1, g: 128 / 255, b: 0, a: 1 });
    expect(hexColour('#FFFFFF', 0.5)).toEqual({ r: 1, g: 1, b: 1, a: 0.5 });
  });

  it('refuses anything else', () => {
    expect(() => hexColour('red')).toThrow(/#rrggbb/);
    expect(() => hexColour('#fff')).toThrow(/#rrggbb/);
    expect(() => hexColour('x#ff0000')).toThrow(/#rrggbb/);
    expect(() => hexColour('#ff0000ff')).toThrow(/#rrggbb/);
  });
});
