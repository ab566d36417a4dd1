// The shortest edit between two token lists: runs that rebuild both lists, with as few changed
// tokens as any edit can have (checked against a plain longest-common-subsequence table).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTokens, type TokenRun } from '../../../../main/core/appeal/token-diff';

const tokens = (text: string) => (text ? text.split(' ') : []);
const rebuilt = (runs: TokenRun[], side: 'older' | 'newer') =>
  runs.filter((r) => r.kind === 'same' || r.kind === (side === 'older' ? 'removed' : 'added')).flatMap((r) => r.tokens);
const changedTokens = (runs: TokenRun[]) =>
  runs.filter((r) => r.kind !== 'same').reduce((sum, r) => sum + r.tokens.length, 0);

/** The longest common subsequence's length, by the full table (fine for short lists). */
function commonLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

describe('diffTokens', () => {
  it('gives no runs for two empty lists, one kept run for equal ones', () => {
    expect(diffTokens([], [])).toEqual([]);
    expect(diffTokens(tokens('a b c'), tokens('a b c'))).toEqual([{ kind: 'same', tokens: ['a', 'b', 'c'] }]);
  });

  it('adds everything to an empty list and removes everything from one that empties', () => {
    expect(diffTokens([], tokens('a b'))).toEqual([{ kind: 'added', tokens: ['a', 'b'] }]);
    expect(diffTokens(tokens('a b'), [])).toEqual([{ kind: 'removed', tokens: ['a', 'b'] }]);
  });

  it('keeps what both share around a change, the removal before the addition', () => {
    expect(diffTokens(tokens('on 3 March late'), tokens('on 4 March late'))).toEqual([
      { kind: 'same', tokens: ['on'] },
      { kind: 'removed', tokens: ['3'] },
      { kind: 'added', tokens: ['4'] },
      { kind: 'same', tokens: ['March', 'late'] },
    ]);
  });

  it('finds an insertion and a removal far apart in one pass', () => {
    const older = Array.from({ length: 1000 }, (_, i) => `w${i}`);
    const newer = ['new', ...older.slice(0, 500), ...older.slice(501)];
    expect(diffTokens(older, newer)).toEqual([
      { kind: 'added', tokens: ['new'] },
      { kind: 'same', tokens: older.slice(0, 500) },
      { kind: 'removed', tokens: ['w500'] },
      { kind: 'same', tokens: older.slice(501) },
    ]);
  });

  it('rebuilds both lists and changes no more tokens than the shortest edit needs', () => {
    const list = fc.array(fc.constantFrom('a', 'b', 'c', ' '), { maxLength: 14 });
    fc.assert(
      fc.property(list, list, (older, newer) => {
        const runs = diffTokens(older, newer);
        expect(rebuilt(runs, 'older')).toEqual(older);
        expect(rebuilt(runs, 'newer')).toEqual(newer);
        expect(changedTokens(runs)).toBe(older.length + newer.length - 2 * commonLength(older, newer));
        runs.forEach((run, i) => {
          expect(run.tokens.length).toBeGreaterThan(0);
          expect(run.kind).not.toBe(runs[i + 1]?.kind);
        });
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
