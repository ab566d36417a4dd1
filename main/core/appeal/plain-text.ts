// Pasted text made plain and tidy without losing anything the seller meant: rich text (HTML from
// a word processor or Seller Central) becomes text with its line breaks and list items, line ends
// become \n, invisible characters that break Amazon's form or hide content are dropped, and every
// other character of any script stays. Nothing here rejects input; each step is one linear pass,
// so a 200,000-character paste costs milliseconds.

// Zero-width space, word joiner, BOM, soft hyphen, and the bidirectional embedding, override and
// isolate controls (they can reorder what a reader sees). ZWJ/ZWNJ stay: scripts and emoji need them.
const invisible = /[\u200B\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 control characters other than tab and line feed.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text as a seller would type it: LF line ends, no invisible or control characters, NFC. */
export function normalisePastedText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(invisible, '')
    .replace(controls, '')
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .normalize('NFC');
}

const blockEnds = /<\/(?:p|div|h[1-6]|blockquote|pre|table|ul|ol)\s*>/gi;
const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Rich text (an HTML clipboard) as plain text: paragraphs and breaks kept, list items as "- ". */
export function htmlToPlainText(html: string): string {
  const text = html
    .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(blockEnds, '\n\n')
    .replace(/<\/tr\s*>/gi, '\n')
    .replace(/<\/?(?:td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
  return normalisePastedText(text)
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^ +/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return entities[name.toLowerCase()];
}
