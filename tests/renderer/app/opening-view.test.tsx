// The window's first view: Today when there is something to do, else the inbox; an address given
// is always honoured.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from '../../../renderer/app/App';
import { createFlagwatchStore } from '../../../renderer/state/flagwatch-store';
import { createFakeBridge, type FakeBridge } from '../fake-bridge';
import { aNotification } from '../fixtures';

async function openWindow(bridge: FakeBridge, address: string) {
  window.history.replaceState(null, '', address);
  render(<App api={bridge.api} store={createFlagwatchStore(bridge.api)} />);
  await screen.findByRole('status', { name: /^Unread notifications/ });
}

describe('the first view', () => {
  it('is Today when a notification is open', async () => {
    await openWindow(createFakeBridge({ notifications: [aNotification()] }), '/');
    expect(await screen.findByRole('region', { name: 'Today' })).toBeTruthy();
    expect(window.location.hash).toBe('#/today');
  });

  it('is the inbox when all is clear', async () => {
    const bridge = createFakeBridge({ notifications: [] });
    await openWindow(bridge, '/');
    await expect.poll(() => bridge.commandsCalled()).toContain('today.get');
    expect(window.location.hash).toBe('');
    expect(screen.queryByRole('region', { name: 'Today' })).toBeNull();
  });

  it('is the address given, even with something to do', async () => {
    const bridge = createFakeBridge({ notifications: [aNotification()] });
    await openWindow(bridge, '/#/');
    expect(bridge.commandsCalled()).not.toContain('today.get');
    expect(window.location.hash).toBe('#/');
  });
});
