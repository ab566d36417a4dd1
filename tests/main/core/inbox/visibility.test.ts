import { describe, expect, it } from 'vitest';
import { isShown, shownOnly } from '../../../../main/core/inbox/visibility';
import { DE, US, inboxItem } from '../../../support/fixtures';

const nothingHidden = { accounts: [], marketplaces: [] };

describe('isShown', () => {
  it('shows everything when nothing is hidden', () => {
    expect(isShown({ accountId: 'acct-1', marketplaceId: US }, nothingHidden)).toBe(true);
  });

  it('hides every marketplace of a hidden account', () => {
    const hidden = { accounts: ['acct-1'], marketplaces: [] };
    expect(isShown({ accountId: 'acct-1', marketplaceId: US }, hidden)).toBe(false);
    expect(isShown({ accountId: 'acct-1', marketplaceId: DE }, hidden)).toBe(false);
    expect(isShown({ accountId: 'acct-2', marketplaceId: US }, hidden)).toBe(true);
  });

  it('hides a marketplace for every account', () => {
    const hidden = { accounts: [], marketplaces: [DE] };
    expect(isShown({ accountId: 'acct-1', marketplaceId: DE }, hidden)).toBe(false);
    expect(isShown({ accountId: 'acct-2', marketplaceId: DE }, hidden)).toBe(false);
    expect(isShown({ accountId: 'acct-1', marketplaceId: US }, hidden)).toBe(true);
  });
});

describe('shownOnly', () => {
  it('hands back the very same list when nothing is hidden', () => {
    const list = [inboxItem()];
    expect(shownOnly(list, nothingHidden)).toBe(list);
  });

  it('leaves out hidden items, critical ones included, keeping the order', () => {
    const list = [
      inboxItem({ key: 'a', marketplaceId: US }),
      inboxItem({ key: 'b', marketplaceId: DE, severity: 'critical' }),
      inboxItem({ key: 'c', marketplaceId: US }),
    ];
    expect(shownOnly(list, { accounts: [], marketplaces: [DE] }).map((n) => n.key)).toEqual(['a', 'c']);
  });
});
