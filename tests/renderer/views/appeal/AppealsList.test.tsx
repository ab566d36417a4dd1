import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { anAppeal, anAttempt, rejected, someContent } from '../../appeal-fixtures';
import { createFakeBridge } from '../../fake-bridge';
import { aNotification } from '../../fixtures';
import { renderApp } from '../../render-app';

describe('Appeals list', () => {
  it('is reached from the header and lists each appeal with where it stands', async () => {
    const notification = aNotification({ id: 'odr-1', title: 'Order Defect Rate above target' });
    const linked = anAppeal([someContent()], {
      id: 'appeal-linked',
      notificationId: 'odr-1',
      attempts: [anAttempt(1, 'plan', rejected())],
    });
    const bridge = createFakeBridge({
      notifications: [notification],
      appeals: { appeals: [{ ...linked, accountId: 'acct-northwind', marketplaceId: 'ATVPDKIKX0DER' }] },
    });
    const { user } = await renderApp(bridge);

    await user.click(screen.getByRole('link', { name: 'Appeals' }));

    const list = await screen.findByRole('list');
    const item = within(list).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Order Defect Rate above target' }).getAttribute('href')).toBe(
      '#/appeal/appeal-linked',
    );
    expect(item.textContent).toMatch(
      /Northwind Goods · United States \(US\) · Rejected · Attempt 1 of 2 used · Deadline /,
    );
    expect(screen.getByRole('link', { name: 'Appeals' }).getAttribute('aria-current')).toBe('page');
  });

  it('starts a blank appeal and opens it, to be linked to its notification later', async () => {
    const bridge = createFakeBridge({ notifications: [aNotification({ id: 'n-open', title: 'Late shipment' })] });
    const { user } = await renderApp(bridge);
    window.location.hash = '#/appeals';

    await user.click(await screen.findByRole('button', { name: 'New blank appeal' }));

    await screen.findByRole('heading', { level: 2, name: 'Appeal: Blank appeal' });
    expect(screen.getByRole('textbox', { name: 'Paste Amazon’s exact text' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Link to a notification' }), 'Late shipment');
    await user.click(screen.getByRole('button', { name: 'Link' }));

    await screen.findByRole('heading', { level: 2, name: 'Appeal: Late shipment' });
    expect(bridge.calls.find((c) => c.command === 'appeals.link')?.request).toEqual({
      id: 'appeal-new-1',
      notificationId: 'n-open',
    });
  });
});
