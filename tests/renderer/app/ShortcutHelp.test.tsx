import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createFakeBridge } from '../fake-bridge';
import { aNotification } from '../fixtures';
import { renderApp } from '../render-app';

describe('Keyboard shortcuts', () => {
  it('lists them in a dialog opened with ?, closed with Escape, the focus going back', async () => {
    const { user } = await renderApp(createFakeBridge({ notifications: [aNotification()] }));

    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByRole('table', { name: 'In the inbox' }).textContent).toContain('Mark read or unread');
    expect(within(help).getByRole('table', { name: 'Everywhere' }).textContent).toContain('1 … 9');
    expect(document.activeElement).toBe(within(help).getByRole('button', { name: 'Close' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('switches views with the digits, in the order of the menu', async () => {
    const { user } = await renderApp(createFakeBridge({ notifications: [aNotification()] }));
    const menu = within(screen.getByRole('navigation')).getAllByRole('link');

    await user.keyboard('1');
    expect(window.location.hash).toBe(menu[0]!.getAttribute('href'));
    expect(document.activeElement).toBe(menu[0]);
    await user.keyboard('2');
    expect(window.location.hash).toBe(menu[1]!.getAttribute('href'));
  });

  it('leaves letters typed in a field alone', async () => {
    const { user } = await renderApp(createFakeBridge({ notifications: [aNotification()] }));

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '?1');
    expect(screen.queryByRole('dialog')).toBeNull();
    // The typed search reaches the address after the frame that shows it.
    await waitFor(() => expect(window.location.hash).toContain('q=%3F1'));
  });
});
