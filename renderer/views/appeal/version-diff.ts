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
  changes.forEach((change, index) => {
    const between = (at: number) => changes[at]?.added === true || changes[at]?.removed === true;
    // A space between two changes belongs to them: "[removed: in]" / "[added: on 3 and 4]" reads
    // better than a change cut at every space.
    const gap =
      !change.added && !change.removed && /^\s+$/.test(change.value) && between(index - 1) && between(index + 1);
    if (change.removed || gap) push(left, { text: change.value, kind: 'removed' });
    if (change.added || gap) push(right, { text: change.value, kind: 'added' });
    if (!change.added && !change.removed && !gap) {
      push(left, { text: change.value, kind: 'same' });
      push(right, { text: change.value, kind: 'same' });
    }
  });
  return { older: left, newer: right, changed: changes.some((c) => c.added || c.removed) };
}

/** Adds the part, joined to the one before when they are of the same kind. */
function push(parts: DiffPart[], part: DiffPart): void {
  const last = parts.at(-1);
  if (last?.kind === part.kind) last.text += part.text;
  else parts.push(part);
}
