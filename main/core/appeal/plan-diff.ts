// What changed between two versions of a plan, in the units a reader compares: characters in
// Chinese (which has no spaces between words), and in English runs of word characters, runs of
// spaces, each line break and each other character, so a change never cuts a word in two and the
// spacing of both versions is kept exactly.
import type { PlanLanguage } from './appeal-schema';
import { diffTokens, type RunKind } from './token-diff';

export interface TextChange {
  readonly kind: RunKind;
  readonly text: string;
}

// Word characters: ASCII letters, digits and _, the Latin letters with accents, and the soft hyphen.
const wordCharacters =
  'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}';
const englishToken = new RegExp(`\\r?\\n|[${wordCharacters}]+|[^\\S\\r\\n]+|[^${wordCharacters}]`, 'gu');

/** The units `text` is compared in, which joined give back the text. */
export function planTokens(text: string, language: PlanLanguage): string[] {
  return language === 'zh-CN' ? Array.from(text) : (text.match(englishToken) ?? []);
}

/** The runs of kept, removed and added text that turn `older` into `newer`. */
export function planChanges(older: string, newer: string, language: PlanLanguage): TextChange[] {
  return diffTokens(planTokens(older, language), planTokens(newer, language)).map(({ kind, tokens }) => ({
    kind,
    text: tokens.join(''),
  }));
}
