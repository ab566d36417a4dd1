// Two versions of a plan side by side: what the older one had that the newer dropped, and what
// the newer one added. Words are compared in English, characters in Chinese (which has no
// spaces between words).
import type { PlanLanguage } from '../../../main/core/appeal/appeal-schema';
import { planChanges } from '../../../main/core/appeal/plan-diff';

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
  const changes = planChanges(older, newer, language);
  const left: DiffPart[] = [];
  const right: DiffPart[] = [];
  changes.forEach(({ kind, text }, index) => {
    const between = (at: number) => (changes[at]?.kind ?? 'same') !== 'same';
    // A space between two changes belongs to them: "[removed: in]" / "[added: on 3 and 4]" reads
    // better than a change cut at every space.
    const gap = kind === 'same' && /^\s+$/.test(text) && between(index - 1) && between(index + 1);
    if (kind === 'removed' || gap) push(left, { text, kind: 'removed' });
    if (kind === 'added' || gap) push(right, { text, kind: 'added' });
    if (kind === 'same' && !gap) {
      push(left, { text, kind: 'same' });
      push(right, { text, kind: 'same' });
    }
  });
  return { older: left, newer: right, changed: changes.some((c) => c.kind !== 'same') };
}

/** Adds the part, joined to the one before when they are of the same kind. */
function push(parts: DiffPart[], part: DiffPart): void {
  const last = parts.at(-1);
  if (last?.kind === part.kind) last.text += part.text;
  else parts.push(part);
}
