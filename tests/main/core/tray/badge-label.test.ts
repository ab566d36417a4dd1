import { describe, expect, it } from 'vitest';
import { badgeLabel } from '../../../../main/core/tray/badge-label';

describe('badgeLabel', () => {
  it('has nothing to say when nothing is unread', () => {
    expect(badgeLabel(0)).toBeNull();
    expect(badgeLabel(-3)).toBeNull();
  });

  it('shows counts from 1 to 99 as they are', () => {
    expect(badgeLabel(1)).toBe('1');
    expect(badgeLabel(7)).toBe('7');
    expect(badgeLabel(42)).toBe('42');
    expect(badgeLabel(99)).toBe('99');
  });

  it('caps anything above 99 at "99+"', () => {
    expect(badgeLabel(100)).toBe('99+');
    expect(badgeLabel(150)).toBe('99+');
    expect(badgeLabel(12_345)).toBe('99+');
  });
});
