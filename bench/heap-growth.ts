// What grew between two V8 heap snapshots: objects counted by kind (constructor or type) in each,
// and the kinds whose count or retained bytes grew most. Enough to point at a leak; a heap
// snapshot viewer tells the rest.
import { readFileSync } from 'node:fs';

interface HeapSnapshotFile {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

interface Tally {
  count: number;
  bytes: number;
}

/** Objects by kind: `Object`, `Array`, `(closure) poll`, `string`… */
export function heapTally(file: string): Map<string, Tally> {
  const heap = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshotFile;
  const fields = heap.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = heap.snapshot.meta.node_types[0];
  const tally = new Map<string, Tally>();
  for (let i = 0; i < heap.nodes.length; i += width) {
    const type = types[heap.nodes[i + typeAt]!]!;
    const name = heap.strings[heap.nodes[i + nameAt]!]!;
    // Strings and numbers by type only: their names are their contents.
    const kind =
      type === 'object' || type === 'closure' ? `${type === 'closure' ? '(closure) ' : ''}${name}` : `(${type})`;
    const entry = tally.get(kind) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += heap.nodes[i + sizeAt]!;
    tally.set(kind, entry);
  }
  return tally;
}

/** The `top` kinds that grew most in bytes from `before` to `after`. */
export function heapGrowth(before: string, after: string, top: number) {
  const a = heapTally(before);
  const b = heapTally(after);
  const kinds = new Set([...a.keys(), ...b.keys()]);
  return [...kinds]
    .map((kind) => {
      const from = a.get(kind) ?? { count: 0, bytes: 0 };
      const to = b.get(kind) ?? { count: 0, bytes: 0 };
      return { kind, count: [from.count, to.count], kB: +((to.bytes - from.bytes) / 1024).toFixed(1) };
    })
    .sort((x, y) => y.kB - x.kB)
    .slice(0, top);
}
