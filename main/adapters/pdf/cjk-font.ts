// Where this computer keeps a font with Chinese glyphs: the well-known files of each OS first,
// then fontconfig's list of fonts that cover Chinese. Not `fc-match :lang=zh`: it always answers,
// falling back to a font without a single Chinese glyph. A .ttc collection needs the name of the
// face inside it, so each candidate carries one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface CjkFont {
  path: string;
  /** The PostScript name of the face to use inside a collection (.ttc); ignored for a single font. */
  face: string;
}

export interface FontProbe {
  exists(path: string): boolean;
  /** `fc-list ':lang=zh' file postscriptname` output, or null when fontconfig is not there. */
  fontconfigList(): string | null;
}

const wellKnown: Readonly<Partial<Record<NodeJS.Platform, readonly CjkFont[]>>> = {
  darwin: [
    { path: '/System/Library/Fonts/PingFang.ttc', face: 'PingFangSC-Regular' },
    { path: '/System/Library/Fonts/STHeiti Light.ttc', face: 'STHeitiSC-Light' },
    { path: '/System/Library/Fonts/Hiragino Sans GB.ttc', face: 'HiraginoSansGB-W3' },
    { path: '/Library/Fonts/Arial Unicode.ttf', face: 'ArialUnicodeMS' },
  ],
  win32: [
    { path: 'C:\\Windows\\Fonts\\msyh.ttc', face: 'MicrosoftYaHei' },
    { path: 'C:\\Windows\\Fonts\\simsun.ttc', face: 'SimSun' },
  ],
  linux: [
    { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
    { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
    { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
    { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
    { path: '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
  ],
};

/** The first CJK font found, or null. */
export function findCjkFont(platform: NodeJS.Platform, probe: FontProbe): CjkFont | null {
  const known = (wellKnown[platform] ?? []).find((font) => probe.exists(font.path));
  if (known) return known;
  const listed = probe.fontconfigList();
  return listed === null ? null : firstListedFont(listed, probe);
}

/**
 * The first usable face in fc-list's "file: :postscriptname=Name" lines. A monospaced face is
 * taken only when nothing else is listed; every file must still exist.
 */
function firstListedFont(listing: string, probe: FontProbe): CjkFont | null {
  const fonts = listing
    .split('\n')
    .map((line) => /^(.+?): :postscriptname=(\S+)\s*$/.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, path, face]) => ({ path: path!, face: face! }))
    .filter((font) => /\.(ttf|ttc|otf)$/i.test(font.path) && probe.exists(font.path));
  return fonts.find((font) => !/mono/i.test(font.face)) ?? fonts[0] ?? null;
}

/** This computer, as findCjkFont looks at it. */
export const systemFontProbe: FontProbe = {
  exists: (path) => existsSync(path),
  fontconfigList() {
    try {
      return execFileSync('fc-list', [':lang=zh', 'file', 'postscriptname'], {
        encoding: 'utf8',
        timeout: 5_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      return null;
    }
  },
};
