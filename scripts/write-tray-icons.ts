// Writes the tray icon in every variant as PNG files, plus one enlarged contact sheet per
// bitmap size, for looking at: `npm run icons [-- out-dir]` (default out/tray-icons/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { TrayState } from '../main/core/schema';
import { drawTrayIcon } from '../main/core/tray/draw-tray-icon';
import { trayIconSizes, type TrayIconVariant } from '../main/core/tray/icon-sizes';
import type { TrayTheme } from '../main/core/tray/palette';
import type { Raster } from '../main/core/tray/raster';

const counts = [0, 1, 7, 42, 99, 150];
const states: TrayState[] = ['idle', 'active', 'error', 'offline'];
const themes: TrayTheme[] = ['light', 'dark'];
/** Roughly what a tray of each theme looks like behind the icon. */
const trayBackground: Record<TrayTheme, [number, number, number]> = { light: [240, 240, 240], dark: [32, 33, 36] };

const outDir = process.argv[2] ?? 'out/tray-icons';
mkdirSync(outDir, { recursive: true });

const variants = uniqueVariants();
let files = 0;
for (const variant of variants) {
  const cells: Raster[][] = [];
  for (const state of states) {
    const row: Raster[] = [];
    for (const theme of themes) {
      for (const unread of counts) {
        const raster = drawTrayIcon({ unread, state, size: variant.size, scale: variant.scale, theme });
        writePng(join(outDir, `flag-${state}-${theme}-${unread}-${variant.size}@${variant.scale}x.png`), raster);
        files++;
        row.push(onBackground(raster, trayBackground[theme]));
      }
    }
    cells.push(row);
  }
  // Cells about 192 px wide, enlarged by whole pixels so every source pixel stays visible.
  const zoom = Math.max(1, Math.floor(192 / variant.pixels));
  writePng(join(outDir, `sheet-${variant.pixels}px.png`), contactSheet(cells, zoom));
}
console.log(
  `Wrote ${files} icons and ${variants.length} contact sheets (rows: ${states.join(', ')}; columns: ${themes.join(', ')} × ${counts.join(', ')}) to ${outDir}`,
);

function uniqueVariants(): TrayIconVariant[] {
  const byPixels = new Map<string, TrayIconVariant>();
  for (const { size, scales } of trayIconSizes) {
    for (const scale of scales) byPixels.set(`${size}@${scale}`, { size, scale, pixels: size * scale });
  }
  return [...byPixels.values()];
}

function writePng(path: string, raster: Raster): void {
  const png = new PNG({ width: raster.width, height: raster.height });
  png.data = Buffer.from(raster.data.buffer, raster.data.byteOffset, raster.data.byteLength);
  writeFileSync(path, PNG.sync.write(png));
}

/** The icon composited over an opaque tray colour. */
function onBackground(raster: Raster, [br, bg, bb]: [number, number, number]): Raster {
  const data = new Uint8ClampedArray(raster.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const a = raster.data[i + 3]! / 255;
    data[i] = raster.data[i]! * a + br * (1 - a);
    data[i + 1] = raster.data[i + 1]! * a + bg * (1 - a);
    data[i + 2] = raster.data[i + 2]! * a + bb * (1 - a);
    data[i + 3] = 255;
  }
  return { width: raster.width, height: raster.height, data };
}

/** A grid of equally sized rasters, each enlarged `zoom` times (nearest neighbour), 2 px gaps. */
function contactSheet(rows: Raster[][], zoom: number): Raster {
  const gap = 2;
  const first = rows[0]![0]!;
  const cellW = first.width * zoom + gap;
  const cellH = first.height * zoom + gap;
  const width = cellW * rows[0]!.length + gap;
  const height = cellH * rows.length + gap;
  const data = new Uint8ClampedArray(width * height * 4).fill(128);
  rows.forEach((row, r) =>
    row.forEach((raster, c) => {
      for (let y = 0; y < raster.height * zoom; y++) {
        for (let x = 0; x < raster.width * zoom; x++) {
          const from = (Math.floor(y / zoom) * raster.width + Math.floor(x / zoom)) * 4;
          const to = ((gap + r * cellH + y) * width + gap + c * cellW + x) * 4;
          data.set(raster.data.subarray(from, from + 4), to);
        }
      }
    }),
  );
  return { width, height, data };
}
