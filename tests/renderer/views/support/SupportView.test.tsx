import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { anAppeal, anAttempt, rejected, someContent } from '../../appeal-fixtures';
import { createFakeBridge } from '../../fake-bridge';
import { aNotification, hoursFromNow } from '../../fixtures';
import { renderApp } from '../../render-app';

const DE = 'A1PA6795UKMFR9';
const german = aNotification({
  id: 'de-1',
  title: 'Produktsicherheit: Beschwerde',
  marketplaceId: DE,
  asins: ['B0DETEST01'],
});
const american = aNotification({ id: 'us-1', title: 'Late Shipment Rate above target' });

async function openHelp(notificationId?: string, state: Parameters<typeof createFakeBridge>[0] = {}) {
  const bridge = createFakeBridge({ notifications: [german, american], ...state });
  const rendered = await renderApp(bridge);
  window.location.hash = notificationId ? `#/help/${notificationId}` : '#/help';
  await screen.findByRole('heading', { level: 2, name: 'Seller Support' });
  return { ...rendered, bridge };
}

const shortcuts = () => screen.getByRole('navigation', { name: 'Shortcuts' });
const hrefOf = (name: string) => within(shortcuts()).getByRole('link', { name }).getAttribute('href');

describe('Seller Support (Help)', () => {
  it('is reached from the header', async () => {
    const bridge = createFakeBridge({ notifications: [german] });
    const { user } = await renderApp(bridge);
    await user.click(screen.getByRole('link', { name: 'Help' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Seller Support' })).toBeTruthy();
  });

  it('offers email, a call-back and chat on the German Seller Central for a German notification', async () => {
    await openHelp('de-1');
    expect(within(shortcuts()).getByRole('heading').textContent).toBe('Seller Central for Germany (DE)');
    expect(hrefOf('Email Seller Support')).toBe('https://sellercentral.amazon.de/cu/contact-us');
    expect(hrefOf('Request a call-back')).toBe('https://sellercentral.amazon.de/hz/contact-us/performance');
    expect(hrefOf('Chat with Seller Support')).toBe('https://sellercentral.amazon.de/cu/contact-us');
    expect(hrefOf('Performance Notifications')).toBe(
      'https://sellercentral.amazon.de/gp/customer-experience/perf-notifications.html',
    );
    expect(hrefOf('Account Health')).toBe('https://sellercentral.amazon.de/performance/dashboard');
    for (const link of within(shortcuts()).getAllByRole('link')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('follows the notification picked: a US one goes to sellercentral.amazon.com', async () => {
    const { user } = await openHelp('de-1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'About the notification' }), 'us-1');
    expect(window.location.hash).toBe('#/help/us-1');
    await vi.waitFor(() =>
      expect(hrefOf('Account Health')).toBe('https://sellercentral.amazon.com/performance/dashboard'),
    );
  });

  it('copies the case summary to the clipboard', async () => {
    const { user } = await openHelp('de-1', {
      appeals: {
        appeals: [
          { ...anAppeal([someContent()], { notificationId: 'de-1', attempts: [anAttempt(1, 'plan', rejected())] }) },
        ],
      },
    });
    const summary = await screen.findByRole('textbox', { name: 'Case summary' });
    await vi.waitFor(() => expect((summary as HTMLTextAreaElement).value).toContain('ASINs: B0DETEST01'));
    await user.click(screen.getByRole('button', { name: 'Copy case summary' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Notification: Produktsicherheit: Beschwerde');
    expect(copied).toContain('Appeal attempts so far: 1 of 2');
    expect(await screen.findByText('The case summary is on the clipboard.')).toBeTruthy();
  });

  it('records a contact, then warns before a repeat within the set days and records it only when asked', async () => {
    const { user, bridge } = await openHelp('de-1');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Channel' }), 'chat');
    await user.type(screen.getByRole('textbox', { name: 'Case id (from Amazon)' }), '1234567890');
    await user.click(screen.getByRole('button', { name: 'Record contact' }));
    expect(await screen.findByText('Contact recorded.')).toBeTruthy();
    // The warning now shows before anyone contacts Support again about it.
    expect(screen.getByRole('alert').textContent).toMatch(
      /You contacted Seller Support about this notification .* \(Chat, case 1234567890\)/,
    );

    await user.click(screen.getByRole('button', { name: 'Record contact' }));
    expect(await screen.findByRole('button', { name: 'Record anyway' })).toBeTruthy();
    expect(bridge.supportContacts().contacts).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Record anyway' }));
    await vi.waitFor(() => expect(bridge.supportContacts().contacts).toHaveLength(2));
  });

  it('does not warn about a contact older than the set days, and saves another number of days', async () => {
    const { user, bridge } = await openHelp('de-1', {
      supportContacts: {
        contacts: [
          {
            id: 'c1',
            at: hoursFromNow(-24 * 8),
            channel: 'phone',
            caseId: '',
            note: '',
            notificationId: 'de-1',
            accountId: 'acct-northwind',
            marketplaceId: DE,
          },
        ],
      },
    });
    const log = await screen.findByRole('list', { name: 'Contacts with Seller Support' });
    expect(within(log).getByRole('listitem').textContent).toMatch(/· Call-back/);
    expect(screen.queryByRole('alert')).toBeNull();
    const days = screen.getByRole('spinbutton', { name: 'Warn before a repeat contact within (days)' });
    await user.clear(days);
    await user.type(days, '10');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(bridge.settings().supportRepeatDays).toBe(10));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Call-back/);
  });
});
