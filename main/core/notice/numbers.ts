// Numbers as notices state periods: ASCII or full-width digits, a word from the language's
// list, or Chinese numerals up to ninety-nine (十七, 三十, 七十二).
const fullWidthZero = '０'.charCodeAt(0);
const chineseDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function numberOf(written: string, words: Readonly<Record<string, number>>): number | null {
  const ascii = written.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - fullWidthZero));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const word = words[written.toLowerCase()];
  if (word !== undefined) return word;
  return chineseNumber(written);
}

function chineseNumber(written: string): number | null {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(written);
  if (!match || written === '') return null;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? chineseDigits[tens]! : null;
  return (tens ? chineseDigits[tens]! : 1) * 10 + (units ? chineseDigits[units]! : 0);
}
