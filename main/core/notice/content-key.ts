// What makes two copies of a notice the same notice: its words, whatever the line wraps,
// spacing, punctuation, case or links (an email keeps links a paste from Seller Central loses).
// An email also adds a greeting and a footer, so one copy containing the other counts as the same.
const url = /(?:https?:\/\/|www\.)\S+|\bsellercentral[\w.-]*\.amazon\.[\w./?=&%#-]*/gi;
const notWord = /[^\p{L}\p{N}]+/gu;

/** Letters and digits only, lower case, links left out. */
export function canonicalNoticeText(text: string): string {
  return text.normalize('NFKC').replace(url, ' ').replace(notWord, '').toLowerCase();
}

/** The shortest copy that may be recognised inside a longer one. */
const minimumContained = 60;

export function sameNoticeText(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= minimumContained && long.includes(short);
}

/** A short stable key of a canonical text (FNV-1a, two lanes). */
export function noticeContentKey(canonical: string): string {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  for (let i = 0; i < canonical.length; i++) {
    const c = canonical.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
