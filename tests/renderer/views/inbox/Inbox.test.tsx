import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { createFakeBridge } from '../../fake-bridge';
import { aNotification, hoursFromNow } from '../../fixtures';
import { groupRegion, renderApp } from '../../render-app';

describe('Inbox', () => {
  it("lists the four metric groups in Seller Central's order, each headed with its unread count", async () => {
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

    const expected = [
      'Customer Service Performance, 0 unread',
      'Policy Compliance, 2 unread',
      'Shipping Performance, 1 unread',
      'Account, 1 unread',
    ].map((name) => screen.getByRole('heading', { level: 2, name }));
    expect(screen.getAllByRole('heading', { level: 2 })).toEqual(expected);
    expect(within(groupRegion('Policy Compliance')).getAllByRole('listitem')).toHaveLength(3);
    expect(within(groupRegion('Customer Service Performance')).getByText('Nothing open here.')).toBeTruthy();
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
    expect(item.textContent).toContain('Deadline');
    expect(item.textContent).toContain('(due in 3 d)');
    expect(link.getAttribute('aria-describedby')).toBeTruthy();

    expect(screen.getByRole('link', { name: 'Late shipment rate above target' })).toBeTruthy();
  });

  it('puts the most urgent notification of a group first', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'Warning, no deadline', severity: 'warning' }),
        aNotification({ title: 'Critical, later deadline', severity: 'critical', deadline: hoursFromNow(48) }),
        aNotification({ title: 'Critical, sooner deadline', severity: 'critical', deadline: hoursFromNow(5) }),
      ],
    });
    await renderApp(bridge);

    const expected = ['Critical, sooner deadline', 'Critical, later deadline', 'Warning, no deadline'].map((title) =>
      screen.getByRole('link', { name: `Unread: ${title}` }),
    );
    expect(within(groupRegion('Policy Compliance')).getAllByRole('link')).toEqual(expected);
  });

  it('leaves snoozed notifications out of their group and its count, and lists them under Snoozed', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'Still open' }),
        aNotification({ title: 'Snoozed for a day', snoozedUntil: hoursFromNow(24) }),
        aNotification({ title: 'Snooze over', snoozedUntil: hoursFromNow(-1) }),
      ],
    });
    const { user } = await renderApp(bridge);

    expect(screen.getByRole('heading', { name: 'Policy Compliance, 2 unread' })).toBeTruthy();
    expect(within(groupRegion('Policy Compliance')).queryByRole('link', { name: /Snoozed for a day/ })).toBeNull();
    expect(screen.getByRole('status', { name: 'Unread notifications: 2' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Snoozed (1)' }));
    expect(screen.getByRole('link', { name: /Snoozed for a day/ }).closest('li')!.textContent).toMatch(
      /Snoozed until .+/,
    );
  });

  it('keeps resolved notifications folded under Resolved until the seller opens it', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'Back in target', status: 'resolved', resolvedAt: hoursFromNow(-2), read: true }),
      ],
    });
    const { user } = await renderApp(bridge);

    const toggle = screen.getByRole('button', { name: 'Resolved (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Back in target' })).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Back in target' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Policy Compliance, 0 unread' })).toBeTruthy();
  });

  it('shows a notification that arrives through inbox.changed without a reload', async () => {
    const bridge = createFakeBridge({
      notifications: [aNotification({ group: 'shipping', metric: 'lateShipmentRate' })],
    });
    await renderApp(bridge);
    expect(screen.getByRole('heading', { name: 'Account, 0 unread' })).toBeTruthy();

    act(() => {
      bridge.addNotification(
        aNotification({
          title: 'Your account is at risk of deactivation',
          group: 'account',
          metric: 'accountStatus',
          severity: 'critical',
        }),
      );
    });

    const region = groupRegion('Account');
    expect(within(region).getByRole('link', { name: 'Unread: Your account is at risk of deactivation' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Account, 1 unread' })).toBeTruthy();
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
