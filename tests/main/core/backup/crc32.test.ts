import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../main/core/backup/crc32';

describe('crc32', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32('123456789')).toBe('cbf43926');
  });

  it('gives eight zeros for no text, padded', () => {
    expect(crc32('')).toBe('00000000');
  });

  it('hashes the UTF-8 bytes, so Chinese text counts byte for byte', () => {
    // zlib.crc32(Buffer.from('账户', 'utf8')) in Node.
    expect(crc32('账户')).toBe('cda2483f');
  });
});
