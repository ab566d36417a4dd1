import { describe, expect, it } from 'vitest';
import { notificationId } from '../../../main/core/notification-id';

// Ids are saved in the inbox, in appeals and in native notification payloads: these values were
// produced by the first release and must never change.
describe('notificationId', () => {
  it('gives the saved id of an event', () => {
    expect(
      notificationId({ accountId: 'acct-1', marketplaceId: 'ATVPDKIKX0DER', metric: 'orderDefectRate', key: 'k-1' }),
    ).toBe('n_45aff0fee3a8834d');
  });

  it('gives the saved id of an event with text outside ASCII', () => {
    expect(
      notificationId({
        accountId: '卖家',
        marketplaceId: 'A1PA6795UKMFR9',
        metric: 'lateShipmentRate',
        key: 'ASIN B0123 — 真品',
      }),
    ).toBe('n_248e3f89f8882d44');
  });

  it('gives the saved id when every part is empty', () => {
    expect(notificationId({ accountId: '', marketplaceId: '', metric: '', key: '' })).toBe('n_fea54374cd4537c2');
  });

  it('tells apart events whose parts differ only in where one ends', () => {
    const one = notificationId({ accountId: 'ab', marketplaceId: 'c', metric: 'd', key: 'e' });
    const other = notificationId({ accountId: 'a', marketplaceId: 'bc', metric: 'd', key: 'e' });
    expect(one).not.toBe(other);
  });

  it('is 16 lower-case hex digits after its prefix, leading zeros kept', () => {
    for (let i = 0; i < 200; i++) {
      expect(notificationId({ accountId: 'a', marketplaceId: 'm', metric: 'x', key: String(i) })).toMatch(
        /^n_[0-9a-f]{16}$/,
      );
    }
  });
});
