// Every language the parser knows, and which one a text is written in: the language whose
// notice phrases it carries most, the script breaking a tie (kana is Japanese, other Han
// characters Chinese).
import type { NoticePatterns } from './notice-patterns';
import { germanPatterns } from './patterns-de';
import { englishPatterns } from './patterns-en';
import { japanesePatterns } from './patterns-ja';
import { chinesePatterns } from './patterns-zh';

export const noticeLanguages: readonly NoticePatterns[] = [
  englishPatterns,
  germanPatterns,
  japanesePatterns,
  chinesePatterns,
];

export interface Recognised {
  patterns: NoticePatterns;
  /** How many of the language's notice phrases the subject and text carry. */
  score: number;
}

export function recogniseLanguage(text: string, subject: string): Recognised {
  let best: Recognised = { patterns: patternsByScript(text), score: 0 };
  for (const patterns of noticeLanguages) {
    const score =
      patterns.markers.filter((m) => m.test(text)).length + patterns.subjects.filter((s) => s.test(subject)).length;
    if (score > best.score || (score === best.score && score > 0 && patterns === patternsByScript(text))) {
      best = { patterns, score };
    }
  }
  return best;
}

function patternsByScript(text: string): NoticePatterns {
  if (/[\u3040-\u30ff]/.test(text)) return japanesePatterns;
  if (/[\u4e00-\u9fff]/.test(text)) return chinesePatterns;
  if (/[äöüß]|\b(?:Sie|Ihr|Ihre|und|der|die|das)\b/.test(text)) return germanPatterns;
  return englishPatterns;
}
