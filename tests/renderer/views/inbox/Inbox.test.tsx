import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createFakeBridge } from '../../fake-bridge';
import { aNotification, hoursFromNow } from '../../fixtures';
import { groupToggle, renderApp } from '../../render-app';

const list = () => screen.getByRole('list', { name: 'Notifications' });
const titlesShown = () =>
  within(list())
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('Inbox', () => {
  it("offers the four metric groups in Seller Central's order, each with its unread count", async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ group: 'shipping', metric: 'lateShipmentRate' }),
        aNotification({ group: 'policyCompliance' }),
        aNotification({ group: 'policyCompliance' }),
        aNotification({ group: 'policyCompliance', read: true }),
        aNotification({ group: 'account', metric: 'accountStatus', severity: 'critical' }),
      ],
    });
    await renderApp(bridge);

    const groups = within(screen.getByRole('group', { name: 'Metric groups' })).getAllByRole('button');
    expect(groups.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Customer Service Performance, 0 unread',
      'Policy Compliance, 2 unread',
      'Shipping Performance, 1 unread',
      'Account, 1 unread',
    ]);
    expect(within(list()).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('5 notifications shown');
  });

  it('shows for each notification its title, account, marketplace, severity in words, received date, deadline and an unread marker', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({
          title: 'Product authenticity complaint',
          group: 'policyCompliance',
          accountId: 'acct-bluebird',
          marketplaceId: 'A1F83G8C2ARO7P',
          severity: 'high',
          deadline: hoursFromNow(3 * 24 + 2),
        }),
        aNotification({ title: 'Late shipment rate above target', group: 'shipping', read: true }),
      ],
    });
    await renderApp(bridge);

    const link = screen.getByRole('link', { name: 'Unread: Product authenticity complaint' });
    const item = link.closest('li')!;
    expect(item.textContent).toContain('Bluebird Home');
    expect(within(item).getByTitle('United Kingdom (UK)').textContent).toBe('UK');
    expect(within(item).getByText('High')).toBeTruthy();
    expect(item.textContent).toMatch(/Received .+/);
    expect(item.textContent).toMatch(/Deadline .+ \(3 days [12] hours? left\)/);
    expect(within(item).getByRole('timer').getAttribute('aria-live')).toBe('off');
    expect(item.getAttribute('aria-posinset')).toBe('1');
    expect(item.getAttribute('aria-setsize')).toBe('2');
    expect(screen.getByRole('link', { name: 'Late shipment rate above target' })).toBeTruthy();
  });

  it('sorts by the nearest deadline first, and by severity or date on request', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({
          title: 'Warning, soon',
          severity: 'warning',
          deadline: hoursFromNow(2),
          occurredAt: hoursFromNow(-50),
        }),
        aNotification({
          title: 'Critical, later',
          severity: 'critical',
          deadline: hoursFromNow(48),
          occurredAt: hoursFromNow(-70),
        }),
        aNotification({ title: 'Info, no deadline', severity: 'info', deadline: null, occurredAt: hoursFromNow(-1) }),
      ],
    });
    const { user } = await renderApp(bridge);
    expect(titlesShown()).toEqual(['Warning, soon', 'Critical, later', 'Info, no deadline']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Severity');
    expect(titlesShown()).toEqual(['Critical, later', 'Warning, soon', 'Info, no deadline']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Date');
    expect(titlesShown()).toEqual(['Info, no deadline', 'Warning, soon', 'Critical, later']);
    expect(window.location.hash).toContain('sort=date');
  });

  it('filters by group, account, severity and unread, and clears every filter at once', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'Policy, Northwind', accountId: 'acct-northwind', severity: 'high' }),
        aNotification({ title: 'Shipping, read', group: 'shipping', metric: 'lateShipmentRate', read: true }),
        aNotification({ title: 'Policy, Bluebird', accountId: 'acct-bluebird', severity: 'warning' }),
      ],
    });
    const { user } = await renderApp(bridge);

    await user.click(groupToggle('Policy Compliance'));
    expect(groupToggle('Policy Compliance').getAttribute('aria-pressed')).toBe('true');
    expect(titlesShown()).toEqual(['Policy, Northwind', 'Policy, Bluebird']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Account' }), 'Bluebird Home');
    expect(titlesShown()).toEqual(['Policy, Bluebird']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'High');
    expect(screen.getByText('No notification matches.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(titlesShown()).toHaveLength(3);
    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    expect(titlesShown()).toEqual(['Policy, Northwind', 'Policy, Bluebird']);
  });

  it('searches the title, text, policy and ASINs, and keeps the search in the address', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'Authenticity complaint', asins: ['B0TESTASIN'] }),
        aNotification({ title: 'Late shipments', group: 'shipping', metric: 'lateShipmentRate' }),
      ],
    });
    const { user } = await renderApp(bridge);

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'b0testasin');
    expect(titlesShown()).toEqual(['Authenticity complaint']);
    // Written once the frame showing the letter is painted.
    await waitFor(() => expect(window.location.hash).toBe('#/?status=open&q=b0testasin'));
  });

  it('lists the right notifications as a search is typed, erased, and typed differently', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'Late shipment', text: '', deadline: hoursFromNow(1) }),
        aNotification({ title: 'Late delivery', text: '', deadline: hoursFromNow(2) }),
        aNotification({ title: 'Listing removed', text: '', deadline: hoursFromNow(3) }),
      ],
    });
    const { user } = await renderApp(bridge);
    const search = screen.getByRole('searchbox', { name: 'Search' });

    await user.type(search, 'late s');
    expect(titlesShown()).toEqual(['Late shipment']);
    await user.type(search, '{Backspace}{Backspace}');
    expect(titlesShown()).toEqual(['Late shipment', 'Late delivery']);
    await user.type(search, '{Backspace}{Backspace}{Backspace}{Backspace}');
    expect(titlesShown()).toHaveLength(3);
    await user.type(search, 'removed');
    expect(titlesShown()).toEqual(['Listing removed']);

    // A notification arriving meanwhile is searched too: nothing earlier is reused for it.
    act(() => bridge.addNotification(aNotification({ title: 'Item removed', text: '', deadline: hoursFromNow(4) })));
    expect(titlesShown()).toEqual(['Listing removed', 'Item removed']);
  });

  it('lists the snoozed and the resolved apart, with when they come back or were resolved', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'Still open' }),
        aNotification({ title: 'Snoozed for a day', snoozedUntil: hoursFromNow(24) }),
        aNotification({ title: 'Snooze over', snoozedUntil: hoursFromNow(-1) }),
        aNotification({ title: 'Back in target', status: 'resolved', resolvedAt: hoursFromNow(-2), read: true }),
      ],
    });
    const { user } = await renderApp(bridge);

    expect(titlesShown().sort()).toEqual(['Snooze over', 'Still open']);
    expect(screen.getByRole('status', { name: 'Unread notifications: 2' })).toBeTruthy();
    const status = screen.getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'Snoozed');
    expect(titlesShown()).toEqual(['Snoozed for a day']);
    expect(list().textContent).toMatch(/Snoozed until .+/);
    await user.selectOptions(status, 'Resolved');
    expect(titlesShown()).toEqual(['Back in target']);
    expect(list().textContent).toMatch(/Resolved .+/);
  });

  it('marks read only what is shown', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'Policy one' }),
        aNotification({ title: 'Shipping one', group: 'shipping', metric: 'lateShipmentRate' }),
      ],
    });
    const { user } = await renderApp(bridge);

    await user.click(groupToggle('Shipping Performance'));
    await user.click(screen.getByRole('button', { name: 'Mark shown read' }));
    expect(screen.getByRole('link', { name: 'Shipping one' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Unread notifications: 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark shown read' })).toHaveProperty('disabled', true);
  });

  it('snoozes a notification for a week from its row', async () => {
    const bridge = createFakeBridge({ notifications: [aNotification({ title: 'Later, please' })] });
    const { user } = await renderApp(bridge);

    await user.click(screen.getByRole('button', { name: 'Snooze: Later, please' }));
    const dialog = screen.getByRole('dialog', { name: 'Snooze “Later, please”' });
    await user.click(within(dialog).getByRole('button', { name: 'For 1 week' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const snoozed = (await bridge.api.invoke('inbox.get', {})).notifications[0]!;
    const days = (Date.parse(snoozed.snoozedUntil!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(screen.getByText('No notification matches.')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Unread notifications: 0' })).toBeTruthy();
  });

  it('refuses a snooze date that is not after today, and says so', async () => {
    const bridge = createFakeBridge({ notifications: [aNotification({ title: 'Later, please' })] });
    const { user } = await renderApp(bridge);

    await user.click(screen.getByRole('button', { name: 'Snooze: Later, please' }));
    const dialog = screen.getByRole('dialog');
    // A date field takes its value whole, as a date picker sets it.
    fireEvent.change(within(dialog).getByLabelText('Until'), { target: { value: '2020-01-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Snooze until this date' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Choose a date after today.');
    expect(bridge.commandsCalled()).not.toContain('notification.snooze');
  });

  it('works by keyboard: / searches, ↓ goes to the list, j and k move, r marks read, s snoozes', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'First', deadline: hoursFromNow(1) }),
        aNotification({ title: 'Second', deadline: hoursFromNow(2) }),
        aNotification({ title: 'Third', deadline: hoursFromNow(3) }),
      ],
    });
    const { user } = await renderApp(bridge);

    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Unread: First' }));
    await user.keyboard('jj');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Unread: Third' }));
    await user.keyboard('k');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Unread: Second' }));

    await user.keyboard('r');
    expect(await screen.findByRole('link', { name: 'Second' })).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Unread notifications: 2' })).toBeTruthy();

    await user.keyboard('s');
    const dialog = screen.getByRole('dialog', { name: 'Snooze “Second”' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'For 1 day' }));
    await user.keyboard('{Enter}');
    expect(titlesShown()).toEqual(['First', 'Third']);
  });

  it('shows a notification that arrives through inbox.changed without a reload', async () => {
    const bridge = createFakeBridge({
      notifications: [aNotification({ group: 'shipping', metric: 'lateShipmentRate' })],
    });
    await renderApp(bridge);
    expect(groupToggle('Account').getAttribute('aria-label')).toBe('Account, 0 unread');

    act(() => {
      bridge.addNotification(
        aNotification({ title: 'Your account is at risk of deactivation', group: 'account', metric: 'accountStatus' }),
      );
    });

    expect(screen.getByRole('link', { name: 'Unread: Your account is at risk of deactivation' })).toBeTruthy();
    expect(groupToggle('Account').getAttribute('aria-label')).toBe('Account, 1 unread');
    expect(screen.getByRole('status', { name: 'Unread notifications: 2' })).toBeTruthy();
  });

  it('shows titles that contain HTML as text', async () => {
    const bridge = createFakeBridge({
      notifications: [aNotification({ title: '<b>Bold</b> <img src=x onerror=alert(1)>' })],
    });
    await renderApp(bridge);

    expect(screen.getByRole('link', { name: 'Unread: <b>Bold</b> <img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
