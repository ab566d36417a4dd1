// Sentences put one after another the way the language does: a space between English ones,
// nothing between Chinese ones (their full stop already separates them).
import type { Translator } from './translator';

/** The parts as one text; empty parts are left out. */
export function sentences(translator: Translator, parts: readonly string[]): string {
  const said = parts.filter((part) => part !== '');
  if (said.length === 0) return '';
  return said.reduce((first, second) => translator.t('window.twoSentences', { first, second }));
}
