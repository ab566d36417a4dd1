import { describe, expect, it } from 'vitest';
import { batchesWithin, uidSet } from '../../../../main/sources/email/uid-set';

describe('uidSet', () => {
  it('writes consecutive UIDs as ranges, in order, without repeats', () => {
    expect(uidSet([9, 3, 4, 5, 12, 13, 3])).toBe('3:5,9,12:13');
  });
  it('writes a single UID alone', () => {
    expect(uidSet([7])).toBe('7');
  });
});

describe('batchesWithin', () => {
  const sized = (...sizes: number[]) => sizes.map((size, i) => ({ uid: i + 1, size }));

  it('starts a new batch when the next message would pass the byte budget', () => {
    expect(batchesWithin(sized(40, 60, 1), 100, 1000, 10)).toEqual([[1, 2], [3]]);
  });
  it('counts a large message only up to the per-message bound', () => {
    expect(batchesWithin(sized(5_000_000, 10), 100, 50, 10)).toEqual([[1, 2]]);
  });
  it('starts a new batch at the message count limit', () => {
    expect(batchesWithin(sized(1, 1, 1), 100, 100, 2)).toEqual([[1, 2], [3]]);
  });
  it('gives a message bigger than the budget a batch of its own', () => {
    expect(batchesWithin(sized(500, 1), 100, 1000, 10)).toEqual([[1], [2]]);
  });
});
