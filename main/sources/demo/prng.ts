// Seeded randomness for the demo. Every draw comes from a stream named by the seed and a
// purpose (a slot, a product, a drift knot), so one part drawing more never shifts another and
// the same seed always replays the same account life. Nothing here touches Math.random.

/** mulberry32: a tiny 32-bit PRNG with good enough statistics for a simulation; floats in [0, 1). */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a of the text: turns a seed and a purpose into a stream's starting state. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  between(min: number, max: number): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  pickWeighted<T extends { weight: number }>(items: readonly T[]): T;
  /** `count` distinct items in draw order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** The random stream for one purpose under a seed, e.g. `randomFor(seed, 'slot', 42)`. */
export function randomFor(seed: string, ...purpose: readonly (string | number)[]): Random {
  const next = mulberry32(hashText([seed, ...purpose].join('\u001f')));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    between: (min, max) => min + next() * (max - min),
    int,
    pick,
    pickWeighted(items) {
      const total = items.reduce((sum, item) => sum + item.weight, 0);
      let ticket = next() * total;
      for (const item of items) {
        ticket -= item.weight;
        if (ticket < 0) return item;
      }
      return pick(items);
    },
    sample(items, count) {
      const pool = [...items];
      const out: (typeof pool)[number][] = [];
      while (out.length < count && pool.length > 0) out.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
      return out;
    },
  };
}
