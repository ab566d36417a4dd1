// ASINs as a notice writes them: ten characters, either B0 and eight letters or digits, or an
// ISBN-10 (books) whose check digit holds. Only what the text spells out, in order, once each.
const candidate = /(?<![A-Za-z0-9])(B0[A-Z0-9]{8}|\d{9}[\dX])(?![A-Za-z0-9])/g;

export function findAsins(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(candidate)) {
    const asin = match[1]!;
    if (asin.startsWith('B0') ? !found.includes(asin) : isIsbn10(asin) && !found.includes(asin)) found.push(asin);
  }
  return found;
}

/** The ISBN-10 check: the digits weighted 10 down to 1 sum to a multiple of 11 (X is 10). */
export function isIsbn10(code: string): boolean {
  if (!/^\d{9}[\dX]$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = code[i]!;
    sum += (10 - i) * (c === 'X' ? 10 : Number(c));
  }
  return sum % 11 === 0;
}
