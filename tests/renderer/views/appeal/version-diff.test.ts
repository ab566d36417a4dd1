import { describe, expect, it } from 'vitest';
import { sideBySide } from '../../../../renderer/views/appeal/version-diff';
import { editedPlan, planText } from '../../../main/core/appeal/edited-plans';

describe('sideBySide', () => {
  it('compares English by words, a change kept whole across the spaces inside it', () => {
    const diff = sideBySide('Carrier missed pickups in March.', 'Carrier missed pickups on 3 and 4 March.', 'en');
    expect(diff.changed).toBe(true);
    expect(diff.older).toEqual([
      { text: 'Carrier missed pickups ', kind: 'same' },
      { text: 'in ', kind: 'removed' },
      { text: 'March.', kind: 'same' },
    ]);
    expect(diff.newer).toEqual([
      { text: 'Carrier missed pickups ', kind: 'same' },
      { text: 'on 3 and 4 ', kind: 'added' },
      { text: 'March.', kind: 'same' },
    ]);
  });

  it('compares Chinese by characters, which have no spaces between words', () => {
    const diff = sideBySide('承运人三月漏取件。', '承运人三月三日漏取件。', 'zh-CN');
    expect(diff.newer.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['三日']);
    expect(diff.older.some((p) => p.kind === 'removed')).toBe(false);
  });

  it('says when two texts are the same', () => {
    expect(sideBySide('same', 'same', 'en')).toEqual({
      older: [{ text: 'same', kind: 'same' }],
      newer: [{ text: 'same', kind: 'same' }],
      changed: false,
    });
  });

  it.each(['en', 'zh-CN'] as const)(
    'gives back each whole %s version on its side of a long revised plan',
    (language) => {
      const older = planText(language, 1500, 'side-by-side');
      const newer = editedPlan(older, language, 0.05, 'side-by-side');
      const diff = sideBySide(older, newer, language);
      expect(diff.changed).toBe(true);
      expect(diff.older.map((p) => p.text).join('')).toBe(older);
      expect(diff.newer.map((p) => p.text).join('')).toBe(newer);
      expect(diff.older.some((p) => p.kind === 'added') || diff.newer.some((p) => p.kind === 'removed')).toBe(false);
    },
  );
});
