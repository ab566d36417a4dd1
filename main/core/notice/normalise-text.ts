// A notice's text as the parser and the inbox keep it: Unicode composed, one kind of line break,
// no trailing spaces, no runs of blank lines, no invisible characters. The words stay Amazon's.
// Control characters other than tab and line breaks: copied text sometimes carries them.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function normaliseNoticeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(controlCharacters, '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One paragraph's hard wraps undone: lines joined by a space, or by nothing between CJK characters. */
export function unwrap(text: string): string {
  return text
    .replace(/([\u3000-\u9fff\uff00-\uffef])\s*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
