import { describe, expect, it } from 'vitest';
import type { TrayState } from '../../../../main/core/schema';
import { drawTrayIcon, type TrayIconInput } from '../../../../main/core/tray/draw-tray-icon';
import type { Raster } from '../../../../main/core/tray/raster';
import {
  flagCorner,
  isAmber,
  isBadgeRed,
  isSaturated,
  isWhite,
  luminance,
  mask,
  pixelAt,
  pixelsIn,
  type Region,
} from './pixels';

const icon = (input: Partial<TrayIconInput>): Raster =>
  drawTrayIcon({ unread: 0, state: 'idle', size: 16, scale: 1, theme: 'light', ...input });

/** The bottom-right corner where the badge goes: 9/16 of the icon high. */
function badgeCorner(raster: Raster): Region {
  const top = raster.height - Math.ceil((raster.height * 9) / 16);
  return { x0: 0, y0: top, x1: raster.width, y1: raster.height };
}

const pixelSizes: [size: number, scale: 1 | 2][] = [
  [16, 1],
  [16, 2],
  [22, 1],
  [22, 2],
  [24, 1],
  [32, 1],
];

describe('drawTrayIcon', () => {
  it.each(pixelSizes)('draws %i pt @%ix as size × scale pixels square', (size, scale) => {
    const raster = icon({ size, scale, unread: 5, state: 'active' });
    expect([raster.width, raster.height]).toEqual([size * scale, size * scale]);
    expect(raster.data).toHaveLength(size * scale * size * scale * 4);
  });

  it('refuses icons too small for the badge, or of fractional pixels', () => {
    expect(() => icon({ size: 12 })).toThrow(RangeError);
    expect(() => icon({ size: 20.5 })).toThrow(RangeError);
    expect(icon({ size: 8, scale: 2 }).width).toBe(16);
  });

  it('draws the flag: a pole down the left side and a cloth at the top', () => {
    const raster = icon({ size: 32 });
    const poleColumn = pixelsIn(raster, { x0: 5, y0: 20, x1: 6, y1: 28 });
    expect(poleColumn.every((p) => p.a === 255)).toBe(true);
    const cloth = pixelsIn(raster, { x0: 10, y0: 8, x1: 24, y1: 12 });
    expect(cloth.every((p) => p.a === 255)).toBe(true);
    const underCloth = pixelsIn(raster, { x0: 12, y0: 24, x1: 30, y1: 30 });
    expect(underCloth.every((p) => p.a === 0)).toBe(true);
  });

  describe('the unread badge', () => {
    it.each(pixelSizes)('is absent at 0 unread (%i pt @%ix): no red anywhere', (size, scale) => {
      expect(pixelsIn(icon({ size, scale, unread: 0, state: 'idle' })).some(isBadgeRed)).toBe(false);
    });

    it.each(pixelSizes)('is a red disc in the bottom-right corner (%i pt @%ix)', (size, scale) => {
      const raster = icon({ size, scale, unread: 7, state: 'active' });
      const pixels = raster.width;
      const cell = Math.floor(pixels / 16);
      // Left of the digit and inside the ring, level with the middle of the digit.
      expect(isBadgeRed(pixelAt(raster, pixels - 7 * cell, pixels - 5 * cell))).toBe(true);
      const red = pixelsIn(raster).filter(isBadgeRed).length;
      const redInCorner = pixelsIn(raster, badgeCorner(raster)).filter(isBadgeRed).length;
      expect(red).toBeGreaterThan(0);
      expect(redInCorner).toBe(red);
      expect(pixelsIn(raster, { x0: 0, y0: 0, x1: pixels / 2, y1: pixels }).some(isBadgeRed)).toBe(false);
    });

    it('grows to the left as the count gets longer', () => {
      const leftmostRed = (unread: number) => {
        const raster = icon({ unread, state: 'active' });
        return Math.min(
          ...Array.from({ length: raster.width }, (_, x) => x).filter((x) =>
            pixelsIn(raster, { x0: x, y0: 0, x1: x + 1, y1: raster.height }).some(isBadgeRed),
          ),
        );
      };
      expect(leftmostRed(42)).toBeLessThan(leftmostRed(7));
      expect(leftmostRed(150)).toBeLessThan(leftmostRed(42));
    });

    it('writes different counts with different digits: 1, 7, 42, 99 and 99+', () => {
      const digits = [1, 7, 42, 99, 150].map((unread) => {
        const raster = icon({ unread, state: 'active' });
        return mask(raster, isWhite, badgeCorner(raster));
      });
      expect(new Set(digits).size).toBe(digits.length);
    });

    it('draws the digits in white, each pixel wholly ink or wholly badge', () => {
      const raster = icon({ size: 22, scale: 2, unread: 42, state: 'active' });
      const cell = 2;
      // "42" is 7 cells wide and 5 high, centred in the badge at the bottom-right.
      const text: Region = { x0: 44 - 9 * cell, y0: 44 - 7 * cell, x1: 44 - 2 * cell, y1: 44 - 2 * cell };
      const pixels = pixelsIn(raster, text);
      expect(pixels.filter(isWhite).length).toBeGreaterThan(pixels.length / 3);
      expect(pixels.every((p) => isWhite(p) || isBadgeRed(p))).toBe(true);
    });

    it('shows 150 exactly as any other count over 99: "99+"', () => {
      const over = [100, 150, 12_345].map((unread) => icon({ unread, state: 'active' }).data);
      expect(over[1]).toEqual(over[0]);
      expect(over[2]).toEqual(over[0]);
      expect(icon({ unread: 99, state: 'active' }).data).not.toEqual(over[0]);
    });

    it('has a white ring between it and the flag', () => {
      const raster = icon({ size: 32, unread: 7, state: 'active', theme: 'light' });
      const cell = 2;
      // The ring is one cell wide; this is its inner pixel left of the badge's centre.
      expect(isWhite(pixelAt(raster, 32 - 9 * cell + 1, 32 - 5 * cell))).toBe(true);
      expect(isBadgeRed(pixelAt(raster, 32 - 8 * cell, 32 - 5 * cell))).toBe(true);
    });
  });

  describe('themes', () => {
    const glyphLuminance = (raster: Raster) => {
      const opaque = pixelsIn(raster, flagCorner(raster)).filter((p) => p.a === 255);
      return opaque.reduce((sum, p) => sum + luminance(p), 0) / opaque.length;
    };

    it('draws a dark flag for a light tray and a light flag for a dark tray', () => {
      for (const state of ['idle', 'active', 'error'] as TrayState[]) {
        expect(glyphLuminance(icon({ state, unread: 3, theme: 'light' }))).toBeLessThan(60);
        expect(glyphLuminance(icon({ state, unread: 3, theme: 'dark' }))).toBeGreaterThan(200);
      }
    });

    it('keeps the badge the same red on both', () => {
      const red = (theme: 'light' | 'dark') => pixelsIn(icon({ unread: 7, state: 'active', theme })).filter(isBadgeRed);
      expect(red('dark')).toEqual(red('light'));
    });
  });

  describe('states', () => {
    it('idle is the bare flag; active adds the badge and nothing else', () => {
      const idle = icon({ state: 'idle' });
      const active = icon({ state: 'active', unread: 3 });
      expect(mask(idle, (p) => p.a > 0, flagCorner(idle))).toBe(mask(active, (p) => p.a > 0, flagCorner(active)));
      expect(pixelsIn(idle).some(isSaturated)).toBe(false);
    });

    it('error adds an amber mark in the top-right corner, apart from the badge', () => {
      for (const unread of [0, 42]) {
        const raster = icon({ size: 22, state: 'error', unread });
        const topRight: Region = { x0: 11, y0: 0, x1: 22, y1: 9 };
        const amber = pixelsIn(raster).filter(isAmber).length;
        expect(amber).toBeGreaterThan(10);
        expect(pixelsIn(raster, topRight).filter(isAmber).length).toBe(amber);
        expect(pixelsIn(raster).some(isBadgeRed)).toBe(unread > 0);
      }
      expect(pixelsIn(icon({ size: 22, state: 'active', unread: 42 })).some(isAmber)).toBe(false);
    });

    it.each(pixelSizes)('error leaves the count whole where mark and badge meet (%i pt @%ix)', (size, scale) => {
      const error = icon({ size, scale, state: 'error', unread: 150 });
      const active = icon({ size, scale, state: 'active', unread: 150 });
      const cell = Math.floor(error.width / 16);
      const digits: Region = { x0: 0, y0: error.height - 8 * cell, x1: error.width, y1: error.height };
      expect(mask(error, isWhite, digits)).toBe(mask(active, isWhite, digits));
    });

    it('offline greys the flag out: no colour, and nothing in it fully opaque', () => {
      for (const theme of ['light', 'dark'] as const) {
        const raster = icon({ size: 22, state: 'offline', theme });
        const drawn = pixelsIn(raster).filter((p) => p.a > 0);
        expect(drawn.length).toBeGreaterThan(50);
        expect(drawn.some(isSaturated)).toBe(false);
        expect(Math.max(...drawn.map((p) => p.a))).toBeLessThan(200);
      }
    });

    it('offline strikes the flag through: the diagonal differs from the idle flag', () => {
      const offline = icon({ size: 32, state: 'offline' });
      const idle = icon({ size: 32, state: 'idle' });
      const drawn = (raster: Raster) => mask(raster, (p) => p.a > 0);
      expect(drawn(offline)).not.toBe(drawn(idle));
      // Below the cloth, right of the pole, the idle flag is empty but the slash is there.
      expect(pixelAt(idle, 24, 24).a).toBe(0);
      expect(pixelAt(offline, 24, 24).a).toBeGreaterThan(0);
    });

    it('offline still shows the last known unread count in red', () => {
      expect(pixelsIn(icon({ state: 'offline', unread: 7 })).some(isBadgeRed)).toBe(true);
    });
  });

  it('is a pure function of its input', () => {
    const input: TrayIconInput = { unread: 42, state: 'error', size: 22, scale: 2, theme: 'dark' };
    expect(drawTrayIcon(input).data).toEqual(drawTrayIcon({ ...input }).data);
  });
});
