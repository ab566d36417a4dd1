import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { createFakeBridge } from '../../fake-bridge';
import { aNotification, hoursFromNow } from '../../fixtures';
import { fieldValue, renderApp } from '../../render-app';

const authenticity = aNotification({
  id: 'authenticity-1',
  title: 'Product authenticity customer complaints',
  text: 'We received complaints that items you sold were inauthentic.\nSend invoices from the last 365 days.',
  accountId: 'acct-bluebird',
  marketplaceId: 'A1F83G8C2ARO7P',
  group: 'policyCompliance',
  metric: 'productAuthenticityCustomerComplaints',
  severity: 'critical',
  policy: 'Anti-Counterfeiting Policy',
  requiredAction: 'Submit a plan of action with supplier invoices',
  asins: ['B00EXAMPLE1', 'B00EXAMPLE2'],
  deadline: hoursFromNow(5 * 24 + 3),
});

describe('Notification detail', () => {
  it('opens from the inbox and shows every field, the full text and the ASINs', async () => {
    const bridge = createFakeBridge({ notifications: [authenticity] });
    const { user } = await renderApp(bridge);

    await user.click(screen.getByRole('link', { name: 'Unread: Product authenticity customer complaints' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Product authenticity customer complaints' });
    expect(document.activeElement).toBe(heading);
    expect(
      screen.getByText(/We received complaints that items you sold were inauthentic\.\s+Send invoices/),
    ).toBeTruthy();
    expect(fieldValue('Account')).toBe('Bluebird Home');
    expect(fieldValue('Marketplace')).toBe('United Kingdom (UK)');
    expect(fieldValue('Metric group')).toBe('Policy Compliance');
    expect(fieldValue('Metric')).toBe('Product Authenticity Customer Complaints');
    expect(fieldValue('Severity')).toBe('Critical');
    expect(fieldValue('Policy')).toBe('Anti-Counterfeiting Policy');
    expect(fieldValue('Required action')).toBe('Submit a plan of action with supplier invoices');
    const asins = screen.getByRole('list', { name: 'ASINs' });
    expect(
      within(asins)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['B00EXAMPLE1', 'B00EXAMPLE2']);
    expect(fieldValue('Occurred')).not.toBe('');
    expect(fieldValue('Received')).not.toBe('');
    expect(fieldValue('Deadline')).toMatch(/\(5 days [23] hours left\)$/);
    const deadline = screen
      .getAllByRole('definition')
      .find((d) => d.previousElementSibling?.textContent === 'Deadline')!;
    expect(
      within(deadline)
        .getByRole('timer', { name: /^5 days [23] hours left$/ })
        .getAttribute('aria-live'),
    ).toBe('off');
    expect(fieldValue('Status')).toBe('Open · Unread');
  });

  it('says plainly when optional fields are missing', async () => {
    const bridge = createFakeBridge({ notifications: [aNotification({ id: 'bare', asins: [], deadline: null })] });
    await renderApp(bridge);
    window.location.hash = '#/notification/bare';

    await screen.findByRole('heading', { level: 2, name: /Listing policy violation/ });
    expect(fieldValue('Policy')).toBe('Not stated');
    expect(fieldValue('Required action')).toBe('Not stated');
    expect(fieldValue('ASINs')).toBe('None listed');
    expect(fieldValue('Deadline')).toBe('None');
  });

  it('shows notification text that contains HTML as text', async () => {
    const html = 'Dear seller, <script>alert("x")</script><a href="https://example.invalid">appeal here</a>';
    const bridge = createFakeBridge({ notifications: [aNotification({ id: 'html', text: html })] });
    await renderApp(bridge);
    window.location.hash = '#/notification/html';

    expect(await screen.findByText(html)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'appeal here' })).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
  });

  it('marks as read through the bridge, which lowers the group and header counts, and back as unread', async () => {
    const bridge = createFakeBridge({ notifications: [authenticity, aNotification({ group: 'policyCompliance' })] });
    const { user } = await renderApp(bridge);
    expect(screen.getByRole('status', { name: 'Unread notifications: 2' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: /^(Unread: )?Product authenticity customer complaints$/ }));

    await user.click(await screen.findByRole('button', { name: 'Mark as read' }));

    expect(bridge.calls).toContainEqual({
      command: 'notification.setRead',
      request: { id: 'authenticity-1', read: true },
    });
    expect(await screen.findByRole('status', { name: 'Unread notifications: 1' })).toBeTruthy();
    expect(fieldValue('Status')).toBe('Open · Read');

    await user.click(screen.getByRole('button', { name: 'Mark as unread' }));
    expect(await screen.findByRole('status', { name: 'Unread notifications: 2' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Mark as read' }));
    await user.click(screen.getByRole('link', { name: 'Back to inbox' }));
    expect(await screen.findByRole('button', { name: 'Policy Compliance, 1 unread' })).toBeTruthy();
  });

  it('snoozes for one day, which takes the notification out of the counts', async () => {
    const bridge = createFakeBridge({ notifications: [authenticity] });
    const { user } = await renderApp(bridge);
    await user.click(screen.getByRole('link', { name: /^(Unread: )?Product authenticity customer complaints$/ }));

    const before = Date.now();
    await user.click(await screen.findByRole('button', { name: 'Snooze 1 day' }));

    const until = Date.parse(bridge.notification('authenticity-1')!.snoozedUntil!);
    expect(until - before).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(until - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    expect(await screen.findByRole('status', { name: 'Unread notifications: 0' })).toBeTruthy();
    expect(fieldValue('Status')).toMatch(/^Open · Snoozed until .+ · Unread$/);

    await user.click(screen.getByRole('button', { name: 'Stop snoozing' }));
    expect(await screen.findByRole('status', { name: 'Unread notifications: 1' })).toBeTruthy();
    expect(bridge.notification('authenticity-1')!.snoozedUntil).toBeNull();
  });

  it('goes back to the inbox and returns the keyboard focus to the notification just viewed', async () => {
    const bridge = createFakeBridge({ notifications: [authenticity] });
    const { user } = await renderApp(bridge);
    await user.click(screen.getByRole('link', { name: /^(Unread: )?Product authenticity customer complaints$/ }));

    await user.click(await screen.findByRole('link', { name: 'Back to inbox' }));

    const row = await screen.findByRole('link', { name: 'Unread: Product authenticity customer complaints' });
    // The row is in the page from the list's first render; the focus follows once it is.
    await waitFor(() => expect(document.activeElement).toBe(row));
  });

  it("shows the notification named by the host's notification.open event", async () => {
    const bridge = createFakeBridge({ notifications: [aNotification({ title: 'Something else' }), authenticity] });
    await renderApp(bridge);

    act(() => bridge.emit('notification.open', { id: 'authenticity-1' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Product authenticity customer complaints' }),
    ).toBeTruthy();
    expect(fieldValue('Account')).toBe('Bluebird Home');
  });

  it('says so when the notification is no longer in the inbox', async () => {
    const bridge = createFakeBridge({ notifications: [authenticity] });
    await renderApp(bridge);

    act(() => bridge.emit('notification.open', { id: 'gone' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Notification not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to inbox' })).toBeTruthy();
  });
});
