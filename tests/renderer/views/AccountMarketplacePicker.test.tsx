// The account and marketplace drop-downs a mailbox and a pasted notice are filed with: the
// accounts by name, the chosen account's marketplaces, a fresh start at a new account's first
// marketplace, and an account the inbox does not know kept by its id.
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../preload/contract';
import { AccountMarketplacePicker } from '../../../renderer/views/AccountMarketplacePicker';
import { placeChosen, type Place } from '../../../renderer/views/place-chosen';
import { renderWithWords } from '../render-with-words';

const accounts: Account[] = [
  { id: 'north', name: 'Northwind Goods', source: 'demo', marketplaceIds: ['ATVPDKIKX0DER', 'A1PA6795UKMFR9'] },
  { id: 'blue', name: 'Bluebird Home', source: 'demo', marketplaceIds: ['A1F83G8C2ARO7P', 'A13V1IB3VIYZZH'] },
];

function Picker({ start, error }: { start: Place; error?: string }) {
  const [wanted, setWanted] = useState(start);
  return (
    <AccountMarketplacePicker
      labels={{ account: 'Seller account', marketplace: 'Marketplace' }}
      accounts={accounts}
      place={placeChosen(accounts, wanted)}
      onChange={setWanted}
      error={error}
    />
  );
}

const account = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Seller account' });
const marketplace = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Marketplace' });
const optionNames = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);

describe('AccountMarketplacePicker', () => {
  it("offers the accounts by name and the chosen account's marketplaces, the first ones at first", () => {
    renderWithWords(<Picker start={{ accountId: '', marketplaceId: '' }} />);
    expect(optionNames(account())).toEqual(['Northwind Goods', 'Bluebird Home']);
    expect(account().value).toBe('north');
    expect(optionNames(marketplace())).toEqual(['United States (US)', 'Germany (DE)']);
    expect(marketplace().value).toBe('ATVPDKIKX0DER');
  });

  it('starts another account at its own first marketplace, whichever was chosen before', async () => {
    const { user } = renderWithWords(<Picker start={{ accountId: '', marketplaceId: '' }} />);
    await user.selectOptions(marketplace(), 'Germany (DE)');
    await user.selectOptions(account(), 'Bluebird Home');
    expect(optionNames(marketplace())).toEqual(['United Kingdom (UK)', 'France (FR)']);
    expect(marketplace().value).toBe('A1F83G8C2ARO7P');
    await user.selectOptions(marketplace(), 'France (FR)');
    expect(marketplace().value).toBe('A13V1IB3VIYZZH');
    expect(account().value).toBe('blue');
  });

  it('keeps an account the inbox does not know, named by its id, with its marketplace', () => {
    renderWithWords(<Picker start={{ accountId: 'acct-gone', marketplaceId: 'A1PA6795UKMFR9' }} />);
    expect(optionNames(account())).toEqual(['acct-gone', 'Northwind Goods', 'Bluebird Home']);
    expect(account().value).toBe('acct-gone');
    expect(optionNames(marketplace())).toEqual(['Germany (DE)']);
  });

  it('ties a problem to the account field', () => {
    renderWithWords(<Picker start={{ accountId: '', marketplaceId: '' }} error="choose an account" />);
    expect(account().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Seller account: choose an account')).toBeTruthy();
    expect(marketplace().getAttribute('aria-invalid')).toBe('false');
  });
});
