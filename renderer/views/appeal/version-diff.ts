// Two versions of a plan side by side: what the older one had that the newer dropped, and what
// the newer one added. Words are compared in English, characters in Chinese (which has no
// spaces between words).
import { diffChars, diffWordsWithSpace } from 'diff';
import type { PlanLanguage } from '../../../main/core/appeal/appeal-schema';

export interface DiffPart {
  text: string;
  /** Kept in both, removed from the older, or added in the newer. */
  kind: 'same' | 'removed' | 'added';
}

export interface SideBySide {
  older: DiffPart[];
  newer: DiffPart[];
  changed: boolean;
}

export function sideBySide(older: string, newer: string, language: PlanLanguage): SideBySide {
  const changes = language === 'zh-CN' ? diffChars(older, newer) : diffWordsWithSpace(older, newer);
  const left: DiffPart[] = [];
  const right: DiffPart[] = [];
  for (const change of changes) {
    if (change.removed) left.push({ text: change.value, kind: 'removed' });
    else if (change.added) right.push({ text: change.value, kind: 'added' });
    else {
      left.push({ text: change.value, kind: 'same' });
      right.push({ text: change.value, kind: 'same' });
    }
  }
  return { older: left, newer: right, changed: changes.some((c) => c.added || c.removed) };
}
