// The sample notices under tests/fixtures/notices, read by name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../../fixtures/notices/', import.meta.url));

export function sampleNotice(name: string): string {
  return readFileSync(`${dir}${name}.txt`, 'utf8');
}

/** When the samples "arrived": relative deadlines count from here. */
export const receivedAt = '2026-11-20T10:00:00.000Z';
