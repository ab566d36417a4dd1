import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { AccountConfig } from '../../../../preload/contract';
import { createFakeBridge } from '../../fake-bridge';
import { fieldValue, renderApp } from '../../render-app';

const clientSecret = 'amzn1.oa2-cs.v1.example-client-secret';
const refreshToken = 'Atzr|IwEBIexample-refresh-token';

const northwind: AccountConfig = {
  id: 'acct-northwind',
  name: 'Northwind Goods',
  region: 'NA',
  sellerId: 'A2EXAMPLE1234',
  marketplaceIds: ['ATVPDKIKX0DER'],
  clientId: 'amzn1.application-oa2-client.0123456789abcdef',
};

function withNorthwind(extra: Parameters<typeof createFakeBridge>[0] = {}) {
  return createFakeBridge({
    amazonAccounts: { accounts: [northwind], lastTests: {} },
    secrets: { 'spapi:acct-northwind:clientSecret': clientSecret, 'spapi:acct-northwind:refreshToken': refreshToken },
    ...extra,
  });
}

async function openAccounts(bridge: ReturnType<typeof createFakeBridge>) {
  const rendered = await renderApp(bridge);
  await rendered.user.click(screen.getByRole('link', { name: 'Accounts' }));
  await screen.findByRole('heading', { level: 2, name: 'Amazon accounts' });
  return rendered;
}

const checkboxNames = () =>
  screen.getAllByRole('checkbox').map((c) => c.getAttribute('aria-label') ?? c.parentElement?.textContent);

describe('Accounts', () => {
  it('is reached from the header, which marks it as the current view', async () => {
    await openAccounts(createFakeBridge());
    expect(screen.getByRole('link', { name: 'Accounts' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Inbox' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByText('No Amazon account yet.')).toBeTruthy();
  });

  it('adds an account: its config goes to the host, its secrets only as secrets', async () => {
    const bridge = createFakeBridge();
    const { user } = await openAccounts(bridge);
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    const form = screen.getByRole('form', { name: 'Add an Amazon account' });

    await user.type(within(form).getByLabelText('Name'), 'Northwind EU');
    await user.selectOptions(within(form).getByLabelText('Region'), 'EU');
    await user.type(within(form).getByLabelText('Seller id (merchant token)'), 'A2EXAMPLE1234');
    await user.click(within(form).getByRole('checkbox', { name: 'Germany (DE)' }));
    await user.click(within(form).getByRole('checkbox', { name: 'France (FR)' }));
    await user.type(within(form).getByLabelText('Client id'), northwind.clientId);
    await user.type(within(form).getByLabelText('Client secret'), clientSecret);
    await user.type(within(form).getByLabelText('Refresh token'), refreshToken);
    expect(within(form).getByLabelText('Client secret').getAttribute('type')).toBe('password');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const item = await screen.findByRole('listitem', { name: 'Northwind EU' });
    expect(within(item).getByText('Germany (DE) and France (FR)')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(fieldValue('Credentials')).toBe('Stored');
    const [saved] = bridge.amazonAccounts().accounts;
    expect(saved).toMatchObject({
      name: 'Northwind EU',
      region: 'EU',
      marketplaceIds: ['A1PA6795UKMFR9', 'A13V1IB3VIYZZH'],
    });
    expect(JSON.stringify(bridge.amazonAccounts())).not.toContain('Atzr|');
    expect(bridge.storedSecret(`spapi:${saved!.id}:refreshToken`)).toBe(refreshToken);
  });

  it("offers only the region's marketplaces, and drops those of the old region when it changes", async () => {
    const { user } = await openAccounts(createFakeBridge());
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    expect(checkboxNames()).toEqual(['United States (US)', 'Canada (CA)', 'Mexico (MX)', 'Brazil (BR)']);
    await user.click(screen.getByRole('checkbox', { name: 'United States (US)' }));
    await user.selectOptions(screen.getByLabelText('Region'), 'FE');
    expect(checkboxNames()).toEqual(['Japan (JP)', 'Australia (AU)']);
    await user.selectOptions(screen.getByLabelText('Region'), 'NA');
    expect((screen.getByRole('checkbox', { name: 'United States (US)' }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows each problem next to its field and sends nothing', async () => {
    const bridge = createFakeBridge();
    const { user } = await openAccounts(bridge);
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    await user.type(screen.getByLabelText('Name'), 'Northwind');
    await user.type(screen.getByLabelText('Client id'), 'my-app');
    await user.type(screen.getByLabelText('Refresh token'), 'not-a-token');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const clientId = screen.getByLabelText('Client id');
    expect(clientId.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('group', { name: 'Marketplaces' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Marketplaces: choose at least one marketplace')).toBeTruthy();
    expect(screen.getByText('Client secret: a new account needs its client secret')).toBeTruthy();
    expect(screen.getByText('Refresh token: must be an LWA refresh token, starting with "Atzr|"')).toBeTruthy();
    const description = document.getElementById(clientId.getAttribute('aria-describedby')!)!.textContent;
    expect(description).toBe(
      'Client id: must be the app\'s LWA client id, starting with "amzn1.application-oa2-client."',
    );
    expect(bridge.commandsCalled()).not.toContain('accounts.save');
  });

  it('edits an account without retyping its secrets, which the form never shows', async () => {
    const bridge = withNorthwind();
    const { user } = await openAccounts(bridge);
    await user.click(screen.getByRole('button', { name: 'Edit Northwind Goods' }));
    const form = screen.getByRole('form', { name: 'Edit Northwind Goods' });
    expect((within(form).getByLabelText('Client secret') as HTMLInputElement).value).toBe('');
    expect(within(form).getAllByText('Leave empty to keep the stored one.')).toHaveLength(2);
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'Northwind US');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await screen.findByRole('listitem', { name: 'Northwind US' });
    expect(bridge.amazonAccounts().accounts).toEqual([{ ...northwind, name: 'Northwind US' }]);
    expect(bridge.storedSecret('spapi:acct-northwind:clientSecret')).toBe(clientSecret);
    expect(bridge.storedSecret('spapi:acct-northwind:refreshToken')).toBe(refreshToken);
  });

  it('removes an account and its secrets only once confirmed', async () => {
    const bridge = withNorthwind();
    const { user } = await openAccounts(bridge);
    await user.click(screen.getByRole('button', { name: 'Remove Northwind Goods' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removing Northwind Goods' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('group', { name: 'Confirm removing Northwind Goods' })).toBeNull();
    expect(bridge.commandsCalled()).not.toContain('accounts.remove');

    await user.click(screen.getByRole('button', { name: 'Remove Northwind Goods' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await screen.findByText('No Amazon account yet.');
    expect(bridge.amazonAccounts().accounts).toEqual([]);
    expect(bridge.storedSecret('spapi:acct-northwind:refreshToken')).toBeUndefined();
  });

  it('answers "Test connection" with a status when it works', async () => {
    const bridge = withNorthwind({
      probe: { ok: true, sellerName: 'Northwind', marketplaces: [{ id: 'ATVPDKIKX0DER', participating: true }] },
    });
    const { user } = await openAccounts(bridge);
    await user.click(screen.getByRole('button', { name: 'Test connection of Northwind Goods' }));
    const answer = await screen.findByRole('status', { name: 'Connection of Northwind Goods' });
    expect(answer.textContent).toBe('Connected to Amazon as Northwind. Selling on United States (US).');
  });

  it('answers "Test connection" with an alert saying what to fix when it fails', async () => {
    const bridge = withNorthwind({ probe: { ok: false, kind: 'refresh-token' } });
    const { user } = await openAccounts(bridge);
    await user.click(screen.getByRole('button', { name: 'Test connection of Northwind Goods' }));
    const answer = await screen.findByRole('alert', { name: 'Connection of Northwind Goods' });
    expect(answer.textContent).toMatch(/^Amazon refused the refresh token: .*paste the new refresh token\.$/);
  });

  it("shows the last test's answer the host remembers, and missing credentials", async () => {
    const bridge = createFakeBridge({
      amazonAccounts: {
        accounts: [northwind],
        lastTests: {
          'acct-northwind': {
            at: new Date().toISOString(),
            result: { ok: false, kind: 'throttled', message: 'Amazon asked Flagwatch to slow down.' },
          },
        },
      },
    });
    await openAccounts(bridge);
    expect(screen.getByRole('alert', { name: 'Connection of Northwind Goods' }).textContent).toMatch(
      /^Amazon asked Flagwatch to slow down \(too many requests\)\. Wait a minute, then test again\. \(tested .+\)$/,
    );
    expect(fieldValue('Credentials')).toBe('Missing: edit the account and enter them');
  });
});
