// UIDs written as an IMAP sequence set with ranges ("3:7,9,12:13"), so a batch of thousands of
// consecutive messages is one short command.
export function uidSet(uids: readonly number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

export interface SizedUid {
  uid: number;
  size: number;
}

/**
 * Consecutive groups whose bytes to fetch (each message up to `perMessage`) stay within `budget`
 * and whose count stays within `maxCount`: what one fetch may hold in memory at once.
 */
export function batchesWithin(
  messages: readonly SizedUid[],
  budget: number,
  perMessage: number,
  maxCount: number,
): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const { uid, size } of messages) {
    const cost = Math.min(size, perMessage);
    if (current.length > 0 && (bytes + cost > budget || current.length >= maxCount)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(uid);
    bytes += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
