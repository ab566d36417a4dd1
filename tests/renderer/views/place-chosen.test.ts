// Where a form files something until the seller chooses: the first account and its first
// marketplace; a choice that no longer fits falls back; an account the inbox does not know stays.
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../preload/contract';
import { placeChosen } from '../../../renderer/views/place-chosen';

const us = 'ATVPDKIKX0DER';
const de = 'A1PA6795UKMFR9';
const uk = 'A1F83G8C2ARO7P';
const accounts: Account[] = [
  { id: 'north', name: 'Northwind', source: 'demo', marketplaceIds: [us, de] },
  { id: 'blue', name: 'Bluebird', source: 'demo', marketplaceIds: [uk] },
];

describe('placeChosen', () => {
  it('is the first account and its first marketplace until the seller chooses', () => {
    expect(placeChosen(accounts, { accountId: '', marketplaceId: '' })).toEqual({
      accountId: 'north',
      marketplaceId: us,
      marketplaceIds: [us, de],
      known: true,
    });
  });

  it('keeps the account and marketplace chosen', () => {
    expect(placeChosen(accounts, { accountId: 'north', marketplaceId: de })).toMatchObject({
      accountId: 'north',
      marketplaceId: de,
    });
  });

  it("falls back to the account's first marketplace when the one wanted is not the account's", () => {
    expect(placeChosen(accounts, { accountId: 'blue', marketplaceId: de })).toMatchObject({
      accountId: 'blue',
      marketplaceId: uk,
      marketplaceIds: [uk],
    });
  });

  it('has no account when there is none to choose', () => {
    const none = { accountId: '', marketplaceId: '' };
    expect(placeChosen([], none)).toEqual({ ...none, marketplaceIds: [], known: false });
  });

  it('keeps an account the inbox does not know, with the marketplace it was saved with', () => {
    expect(placeChosen(accounts, { accountId: 'gone', marketplaceId: de })).toEqual({
      accountId: 'gone',
      marketplaceId: de,
      marketplaceIds: [de],
      known: false,
    });
  });

  it('offers no marketplace for an account the inbox does not know, saved without one', () => {
    expect(placeChosen([], { accountId: 'gone', marketplaceId: '' })).toMatchObject({
      accountId: 'gone',
      marketplaceIds: [],
    });
  });
});
