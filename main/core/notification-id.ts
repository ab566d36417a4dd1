// A notification's id is derived from what it is about, not from where it came from, so a
// re-poll finds the same id and the same event seen by two sources merges into one.
import type { SourceNotification } from './schema';

type IdParts = Pick<SourceNotification, 'accountId' | 'marketplaceId' | 'metric' | 'key'>;

export function notificationId(parts: IdParts): string {
  return hash64(`${parts.accountId}\u001f${parts.marketplaceId}\u001f${parts.metric}\u001f${parts.key}`);
}

/**
 * Two 32-bit FNV-1a hashes with different offsets, as 16 hex digits: stable across runs and
 * platforms, short enough for URLs and native notification payloads.
 */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return `n_${hex32(a)}${hex32(b)}`;
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
