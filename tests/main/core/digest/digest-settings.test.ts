import { describe, expect, it } from 'vitest';
import { DigestSettingsSchema, defaultDigestSettings } from '../../../../main/core/schema';

describe('the digest settings', () => {
  it('take each weekday at most once, and no days at all', () => {
    expect(DigestSettingsSchema.safeParse(defaultDigestSettings).success).toBe(true);
    expect(DigestSettingsSchema.safeParse({ ...defaultDigestSettings, days: [] }).success).toBe(true);
    const twice = DigestSettingsSchema.safeParse({ ...defaultDigestSettings, days: [1, 3, 1] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['each day only once']);
  });
});
