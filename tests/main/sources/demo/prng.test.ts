import { describe, expect, it } from 'vitest';
import { hashText, mulberry32, randomFor } from '../../../../main/sources/demo/prng';

const draws = (next: () => number, n: number) => Array.from({ length: n }, next);

describe('mulberry32', () => {
  it('replays the same sequence from the same state, and another from another', () => {
    expect(draws(mulberry32(1), 5)).toEqual(draws(mulberry32(1), 5));
    expect(draws(mulberry32(1), 5)).not.toEqual(draws(mulberry32(2), 5));
  });

  it('yields floats in [0, 1) spread over the whole range', () => {
    const values = draws(mulberry32(123), 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe('hashText', () => {
  it('is a stable unsigned 32-bit number that tells texts apart', () => {
    expect(hashText('seed|slot|1')).toBe(hashText('seed|slot|1'));
    expect(hashText('seed|slot|1')).not.toBe(hashText('seed|slot|2'));
    expect(Number.isInteger(hashText('x')) && hashText('x') >= 0 && hashText('x') < 2 ** 32).toBe(true);
  });
});

describe('randomFor', () => {
  it('gives each purpose its own stream, so one drawing more never shifts another', () => {
    const a = randomFor('42', 'slot', 7);
    const b = randomFor('42', 'slot', 7);
    randomFor('42', 'slot', 6).next();
    expect(draws(a.next, 3)).toEqual(draws(b.next, 3));
    expect(randomFor('42', 'slot', 7).next()).not.toBe(randomFor('42', 'slot', 8).next());
    expect(randomFor('42', 'slot', 7).next()).not.toBe(randomFor('43', 'slot', 7).next());
  });

  it('draws integers within both bounds', () => {
    const random = randomFor('s', 'int');
    const values = new Set(Array.from({ length: 500 }, () => random.int(2, 4)));
    expect([...values].sort()).toEqual([2, 3, 4]);
  });

  it('samples distinct items and stops when the pool is exhausted', () => {
    const random = randomFor('s', 'sample');
    const picked = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('never picks an item of weight zero, and follows the weights', () => {
    const random = randomFor('s', 'weights');
    const items = [
      { id: 'never', weight: 0 },
      { id: 'rare', weight: 1 },
      { id: 'often', weight: 9 },
    ];
    const counts = new Map<string, number>();
    for (let i = 0; i < 2_000; i++) {
      const { id } = random.pickWeighted(items);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(counts.get('never')).toBeUndefined();
    expect(counts.get('often')!).toBeGreaterThan(5 * counts.get('rare')!);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => randomFor('s', 'empty').pick([])).toThrow(/empty/);
  });
});
