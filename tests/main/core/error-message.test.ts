import { describe, expect, it } from 'vitest';
import { messageOf } from '../../../main/core/error-message';

describe('messageOf', () => {
  it("gives an Error's own message, without its name", () => {
    expect(messageOf(new TypeError('the disk is full'))).toBe('the disk is full');
  });

  it('gives anything else as text', () => {
    expect(messageOf('offline')).toBe('offline');
    expect(messageOf(42)).toBe('42');
    expect(messageOf(undefined)).toBe('undefined');
  });

  it('says what a value is when it cannot be turned into text', () => {
    expect(messageOf({ toString: [] })).toBe('[object Object]');
    expect(messageOf(Object.create(null))).toBe('[object Object]');
  });
});
