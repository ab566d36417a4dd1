// The shortest edit between two token lists (Myers' O(ND) algorithm), as runs of kept, removed and
// added tokens. Plans run to thousands of words with a few edits between versions: the work grows
// with the length times the number of edits, never with length squared as a full table would.
// Where several shortest edits exist, a removal wins each tie with an insertion, so the same two
// lists always give the same runs.

export type RunKind = 'same' | 'removed' | 'added';

export interface TokenRun {
  readonly kind: RunKind;
  /** The tokens of the run: the older's for a removal, the newer's otherwise. */
  readonly tokens: readonly string[];
}

/** A run of one kind, linked to the runs before it; shared between the paths that grew from it. */
interface Step {
  readonly kind: RunKind;
  readonly count: number;
  readonly previous: Step | undefined;
}

/** The furthest point reached on one diagonal: `consumed` tokens of the older list. */
interface Path {
  consumed: number;
  last: Step | undefined;
}

export function diffTokens(older: readonly string[], newer: readonly string[]): TokenRun[] {
  // A diagonal k holds the points where consumed older tokens minus consumed newer tokens is k;
  // its furthest path is paths[k + offset].
  const offset = newer.length + 1;
  const paths: Array<Path | undefined> = new Array(older.length + newer.length + 3);

  /** Follows equal tokens from the path's point (Myers' "snake"); true at the end of both lists. */
  function slide(path: Path, diagonal: number): boolean {
    let x = path.consumed;
    let y = x - diagonal;
    const start = x;
    while (x < older.length && y < newer.length && older[x] === newer[y]) {
      x++;
      y++;
    }
    if (x > start) path.last = extend(path.last, 'same', x - start);
    path.consumed = x;
    return x >= older.length && y >= newer.length;
  }

  const first: Path = { consumed: 0, last: undefined };
  if (slide(first, 0)) return runsOf(first.last, older, newer);
  paths[offset] = first;

  // Once a path has consumed one whole list, diagonals beyond it can only lead further away.
  let lowest = -Infinity;
  let highest = Infinity;
  for (let edits = 1; edits <= older.length + newer.length; edits++) {
    for (let k = Math.max(lowest, -edits); k <= Math.min(highest, edits); k += 2) {
      const fromRemoval = paths[k - 1 + offset];
      const fromInsertion = paths[k + 1 + offset];
      paths[k - 1 + offset] = undefined; // read by no later diagonal of this round
      const insertedAt = fromInsertion ? fromInsertion.consumed - k : -1;
      const canInsert = fromInsertion !== undefined && insertedAt >= 1 && insertedAt <= newer.length;
      const canRemove = fromRemoval !== undefined && fromRemoval.consumed < older.length;
      if (!canInsert && !canRemove) {
        paths[k + offset] = undefined;
        continue;
      }
      const path: Path =
        canInsert && (!canRemove || fromRemoval.consumed < fromInsertion!.consumed)
          ? { consumed: fromInsertion!.consumed, last: extend(fromInsertion!.last, 'added', 1) }
          : { consumed: fromRemoval!.consumed + 1, last: extend(fromRemoval!.last, 'removed', 1) };
      if (slide(path, k)) return runsOf(path.last, older, newer);
      paths[k + offset] = path;
      if (path.consumed >= older.length) highest = Math.min(highest, k - 1);
      if (path.consumed - k >= newer.length) lowest = Math.max(lowest, k + 1);
    }
  }
  // Removing every older token and adding every newer one always gets there: a bug, never input.
  throw new Error('The diff found no edit path');
}

function extend(last: Step | undefined, kind: RunKind, count: number): Step {
  return last?.kind === kind
    ? { kind, count: last.count + count, previous: last.previous }
    : { kind, count, previous: last };
}

/** The steps, first to last, with their tokens. */
function runsOf(last: Step | undefined, older: readonly string[], newer: readonly string[]): TokenRun[] {
  const steps: Step[] = [];
  for (let step = last; step; step = step.previous) steps.push(step);
  steps.reverse();
  const runs: TokenRun[] = [];
  let x = 0;
  let y = 0;
  for (const { kind, count } of steps) {
    if (kind === 'removed') {
      runs.push({ kind, tokens: older.slice(x, (x += count)) });
    } else {
      runs.push({ kind, tokens: newer.slice(y, (y += count)) });
      if (kind === 'same') x += count;
    }
  }
  return runs;
}
