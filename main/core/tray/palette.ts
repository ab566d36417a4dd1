// Colours of the icon. The glyph follows the tray's theme; the markers carry their own ring so
// they read the same on any tray.
import type { TrayState } from '../schema';
import { hexColour, type Rgba } from './colour';
import type { MarkerStyle } from './marker';

/** The tray's (or menu bar's) appearance: a light tray needs a dark glyph and vice versa. */
export type TrayTheme = 'light' | 'dark';

const glyph: Record<TrayTheme, Rgba> = {
  light: hexColour('#202124'),
  dark: hexColour('#f1f3f4'),
};

/** Offline greys the flag out: a neutral mid grey, half transparent, on either theme. */
const offlineGlyph: Record<TrayTheme, Rgba> = {
  light: hexColour('#5f6368', 0.6),
  dark: hexColour('#bdc1c6', 0.6),
};

export function glyphColour(theme: TrayTheme, state: TrayState): Rgba {
  return state === 'offline' ? offlineGlyph[theme] : glyph[theme];
}

const white = hexColour('#ffffff');

export const badgeStyle: MarkerStyle = { fill: hexColour('#d93025'), ink: white, outline: white };

export const errorMarkStyle: MarkerStyle = { fill: hexColour('#f9a825'), ink: hexColour('#202124'), outline: white };
