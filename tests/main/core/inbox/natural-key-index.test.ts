import { describe, expect, it } from 'vitest';
import { NaturalKeyIndex, type KeyParts } from '../../../../main/core/inbox/natural-key-index';

const parts = (overrides: Partial<KeyParts> = {}): KeyParts => ({
  accountId: 'acct-1',
  marketplaceId: 'US',
  metric: 'lateShipmentRate',
  key: 'lsr-1',
  ...overrides,
});

function indexOf(values: KeyParts[]) {
  const index = new NaturalKeyIndex<KeyParts>((value) => value);
  for (const value of values) index.add(value);
  return index;
}

describe('NaturalKeyIndex', () => {
  it('finds a value by all four parts of its key, and nothing for an unknown source key', () => {
    const one = parts();
    const index = indexOf([one]);
    expect(index.get(parts())).toBe(one);
    expect(index.get(parts({ key: 'lsr-2' }))).toBeUndefined();
  });

  it('finds nothing when only the account, the marketplace or the metric differs', () => {
    const index = indexOf([parts()]);
    expect(index.get(parts({ accountId: 'acct-2' }))).toBeUndefined();
    expect(index.get(parts({ marketplaceId: 'DE' }))).toBeUndefined();
    expect(index.get(parts({ metric: 'orderDefectRate.mfn' }))).toBeUndefined();
  });

  it('tells apart values sharing a source key, however many', () => {
    const values = [
      parts(),
      parts({ accountId: 'acct-2' }),
      parts({ marketplaceId: 'DE' }),
      parts({ metric: 'orderDefectRate.mfn' }),
    ];
    const index = indexOf(values);
    for (const value of values) expect(index.get({ ...value })).toBe(value);
    expect(index.get(parts({ accountId: 'acct-3' }))).toBeUndefined();
  });
});
