// A banner per failing account, with the source's own message as written and a Retry that checks
// that account alone, saying "Checking…" while it runs.
import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { defaultSettings } from '../../../preload/contract';
import { createFakeBridge } from '../fake-bridge';
import { aSourceStatus, aStatus, hoursFromNow } from '../fixtures';
import { renderApp } from '../render-app';

const euError = 'Bluebird Home (EU): Amazon refused the refresh token: sign in to Seller Central and authorise again';
const naError = 'Northwind Goods: <b>Amazon</b> did not answer within 30 seconds';

function failing() {
  return createFakeBridge({
    status: aStatus({
      state: 'error',
      error: naError,
      sources: [
        aSourceStatus({ error: naError }),
        aSourceStatus({
          id: 'spapi:acct-bluebird',
          label: 'Bluebird Home (EU)',
          accountId: 'acct-bluebird',
          error: euError,
          lastSuccessAt: null,
        }),
        aSourceStatus({ id: 'demo', label: null, accountId: null }),
      ],
    }),
  });
}

describe('A banner per failing account', () => {
  it("shows one per failing account, titled with its name, with the source's own message as text", async () => {
    await renderApp(failing());

    const northwind = screen.getByRole('alert', { name: 'Checking Northwind Goods failed' });
    expect(northwind.textContent).toMatch(
      /^Checking Northwind Goods failedNorthwind Goods: <b>Amazon<\/b> did not answer within 30 seconds\. Showing what was known at .+\. Flagwatch will try again at .+\.Retry$/,
    );
    expect(within(northwind).queryByText('Amazon', { selector: 'b' })).toBeNull();
    const bluebird = screen.getByRole('alert', { name: 'Checking Bluebird Home (EU) failed' });
    expect(bluebird.textContent).toContain(`${euError}. Flagwatch will try again at`);
    expect(bluebird.textContent).not.toContain('Showing what was known');
    expect(screen.queryByRole('alert', { name: 'The last check failed' })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Retry checking / })).toHaveLength(2);
  });

  it('retries only that account, says "Checking…" on it meanwhile, and goes away when it succeeds', async () => {
    const bridge = failing();
    const { user } = await renderApp(bridge);
    const bluebird = () => screen.getByRole('alert', { name: 'Checking Bluebird Home (EU) failed' });

    await user.click(within(bluebird()).getByRole('button', { name: 'Retry checking Bluebird Home (EU)' }));

    const request = bridge.calls.filter((c) => c.command === 'poll.refresh').map((c) => c.request);
    expect(request).toEqual([{ source: 'spapi:acct-bluebird' }]);
    const checking = within(bluebird()).getByRole('button', { name: 'Checking…' }) as HTMLButtonElement;
    expect(checking.disabled).toBe(true);
    const northwind = screen.getByRole('alert', { name: 'Checking Northwind Goods failed' });
    expect(within(northwind).getByRole('button', { name: 'Retry checking Northwind Goods' })).toBeTruthy();

    act(() => {
      bridge.finishSourceCheck('spapi:acct-bluebird', { error: null, lastSuccessAt: new Date().toISOString() });
    });
    expect(screen.queryByRole('alert', { name: 'Checking Bluebird Home (EU) failed' })).toBeNull();
    expect(screen.getByRole('alert', { name: 'Checking Northwind Goods failed' })).toBeTruthy();
  });

  it('keeps a banner when its retry fails again, with the new message', async () => {
    const bridge = failing();
    const { user } = await renderApp(bridge);

    await user.click(screen.getByRole('button', { name: 'Retry checking Northwind Goods' }));
    act(() => {
      bridge.finishSourceCheck('spapi:acct-northwind', {
        error: 'Northwind Goods: Amazon is having a temporary problem',
        nextPollAt: hoursFromNow(0.05),
      });
    });
    const northwind = screen.getByRole('alert', { name: 'Checking Northwind Goods failed' });
    expect(northwind.textContent).toContain('Northwind Goods: Amazon is having a temporary problem.');
    expect(within(northwind).getByRole('button', { name: 'Retry checking Northwind Goods' })).toBeTruthy();
  });

  it('titles the banner of a source without an account name as the last check, and still offers Retry', async () => {
    const bridge = createFakeBridge({
      status: aStatus({
        state: 'error',
        error: 'The demo stopped',
        sources: [aSourceStatus({ id: 'demo', label: null, accountId: null, error: 'The demo stopped' })],
      }),
    });
    const { user } = await renderApp(bridge);
    const alert = screen.getByRole('alert', { name: 'The last check failed' });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(bridge.calls.filter((c) => c.command === 'poll.refresh').map((c) => c.request)).toEqual([
      { source: 'demo' },
    ]);
  });

  it('says why when a retry cannot be asked for, and leaves the banner as it was', async () => {
    const bridge = createFakeBridge({
      status: aStatus({ state: 'error', error: naError, sources: [aSourceStatus({ error: naError })] }),
      failures: { 'poll.refresh': 'the host is shutting down' },
    });
    const { user } = await renderApp(bridge);
    await user.click(screen.getByRole('button', { name: 'Retry checking Northwind Goods' }));
    expect((await screen.findByRole('alert', { name: 'Something did not work' })).textContent).toContain(
      'Could not check for notifications: the host is shutting down',
    );
    expect(screen.getByRole('button', { name: 'Retry checking Northwind Goods' })).toBeTruthy();
  });

  it('speaks Chinese, keeping the source’s message as written', async () => {
    const bridge = failing();
    await bridge.api.invoke('settings.update', { ...defaultSettings, language: 'zh-CN' });
    await renderApp(bridge);
    const bluebird = screen.getByRole('alert', { name: '检查 Bluebird Home (EU) 失败' });
    expect(bluebird.textContent).toContain(euError);
    expect(within(bluebird).getByRole('button', { name: '重试检查 Bluebird Home (EU)' }).textContent).toBe('重试');
  });
});
