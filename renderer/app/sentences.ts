// Sentences put one after another the way the language does: a space between English ones,
// nothing between Chinese ones (their full stop already separates them).
import type { Translator } from '../../main/core/i18n/translator';

export function sentences(translator: Translator, parts: readonly string[]): string {
  return parts.reduce((first, second) => translator.t('window.twoSentences', { first, second }));
}
