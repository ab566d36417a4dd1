import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { createFakeBridge } from '../fake-bridge';
import { aNotification, aStatus } from '../fixtures';
import { renderApp } from '../render-app';

const recovery = {
  file: 'inbox.json',
  movedTo: 'inbox.json.corrupt-2026-11-03',
  restoredFromBackup: true,
  message: 'Your saved inbox could not be read, so Flagwatch restored the last good backup.',
};

describe('The window', () => {
  it("shows the host's badge count in the header, the same number the group headings add up to", async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ group: 'customerService', metric: 'orderDefectRate.mfn' }),
        aNotification({ group: 'policyCompliance' }),
        aNotification({ group: 'policyCompliance', read: true }),
        aNotification({
          group: 'shipping',
          metric: 'lateShipmentRate',
          status: 'resolved',
          resolvedAt: new Date().toISOString(),
        }),
      ],
    });
    await renderApp(bridge);

    const view = await bridge.api.invoke('inbox.get', {});
    expect(view.badge.unread).toBe(2);
    expect(screen.getByRole('status', { name: 'Unread notifications: 2' }).textContent).toBe('2 unread');
    expect(screen.getByRole('button', { name: 'Customer Service Performance, 1 unread' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Policy Compliance, 1 unread' })).toBeTruthy();
  });

  it('marks every notification read with "Mark all read"', async () => {
    const bridge = createFakeBridge({
      notifications: [aNotification({ group: 'account', metric: 'accountStatus' }), aNotification(), aNotification()],
    });
    const { user } = await renderApp(bridge);

    await user.click(screen.getByRole('button', { name: 'Mark all read' }));

    expect(bridge.commandsCalled()).toContain('inbox.markAllRead');
    expect(await screen.findByRole('status', { name: 'Unread notifications: 0' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Policy Compliance, 0 unread' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Account, 0 unread' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Mark all read' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('checks now with "Refresh now", says "Checking…" meanwhile, then when it last checked', async () => {
    const bridge = createFakeBridge({ status: aStatus({ lastSuccessAt: null, lastPollAt: null, nextPollAt: null }) });
    const { user } = await renderApp(bridge);
    const checkStatus = screen.getByRole('status', { name: 'Check status' });
    expect(checkStatus.textContent).toBe('Not checked yet.');

    await user.click(screen.getByRole('button', { name: 'Refresh now' }));

    expect(bridge.commandsCalled()).toContain('poll.refresh');
    expect(checkStatus.textContent).toBe('Checking…');
    expect((screen.getByRole('button', { name: 'Refresh now' }) as HTMLButtonElement).disabled).toBe(true);

    act(() => {
      bridge.finishCheck({ lastPollAt: new Date().toISOString(), lastSuccessAt: new Date().toISOString() });
    });
    expect(checkStatus.textContent).toMatch(/^Last checked at .+\.$/);
    expect((screen.getByRole('button', { name: 'Refresh now' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says when it is offline and when desktop alerts are paused', async () => {
    const bridge = createFakeBridge({ status: aStatus({ state: 'offline', notificationsPaused: true }) });
    await renderApp(bridge);

    const text = screen.getByRole('status', { name: 'Check status' }).textContent;
    expect(text).toContain('Offline: showing the last known notifications.');
    expect(text).toContain('Desktop alerts are paused.');
  });

  it('shows a failed check in an alert, in plain words, until a check succeeds', async () => {
    const bridge = createFakeBridge({
      status: aStatus({ state: 'error', error: 'Amazon did not answer within 30 seconds' }),
    });
    await renderApp(bridge);

    const alert = screen.getByRole('alert', { name: 'The last check failed' });
    expect(alert.textContent).toMatch(
      /Amazon did not answer within 30 seconds\. Showing what was known at .+\. Flagwatch will try again at .+\./,
    );

    act(() => {
      bridge.finishCheck({ state: 'idle', error: null });
    });
    expect(screen.queryByRole('alert', { name: 'The last check failed' })).toBeNull();
  });

  it('tells the seller about a repaired store file, once, until dismissed', async () => {
    const bridge = createFakeBridge({ recoveries: [recovery] });
    const { user } = await renderApp(bridge);

    const alert = screen.getByRole('alert', { name: 'A damaged data file was repaired' });
    expect(alert.textContent).toContain(recovery.message);
    expect(alert.textContent).toContain(recovery.movedTo);

    act(() => bridge.emit('store.recovered', recovery));
    expect(screen.getAllByRole('alert', { name: 'A damaged data file was repaired' })).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Dismiss: A damaged data file was repaired' }));
    expect(screen.queryByRole('alert', { name: 'A damaged data file was repaired' })).toBeNull();
  });

  it('shows a recovery reported by the store.recovered event', async () => {
    const bridge = createFakeBridge();
    await renderApp(bridge);
    expect(screen.queryByRole('alert')).toBeNull();

    act(() =>
      bridge.emit('store.recovered', {
        ...recovery,
        file: 'appeals.json',
        restoredFromBackup: false,
        message: 'Your saved appeals could not be read.',
      }),
    );

    expect(screen.getByRole('alert', { name: 'A damaged data file was repaired' }).textContent).toContain(
      'Your saved appeals could not be read.',
    );
  });

  it('reports a command the host refused, in an alert that can be dismissed', async () => {
    const bridge = createFakeBridge({
      notifications: [aNotification()],
      failures: { 'inbox.markAllRead': 'The inbox file is read-only' },
    });
    const { user } = await renderApp(bridge);

    await user.click(screen.getByRole('button', { name: 'Mark all read' }));

    const alert = await screen.findByRole('alert', { name: 'Something did not work' });
    expect(alert.textContent).toContain('Could not mark all as read: The inbox file is read-only');
    expect(screen.getByRole('status', { name: 'Unread notifications: 1' })).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: /^Dismiss/ }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
