// The header names the nearest deadline still ahead, with a live countdown and a link to it.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createFakeBridge } from '../fake-bridge';
import { aNotification, hoursFromNow } from '../fixtures';
import { renderApp } from '../render-app';

const header = () => screen.getByRole('banner');

describe('The next deadline in the header', () => {
  it('names the open notification whose deadline is nearest and ahead, read ones included', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ title: 'Later', deadline: hoursFromNow(72) }),
        aNotification({
          title: 'Account at risk',
          read: true,
          marketplaceId: 'A1PA6795UKMFR9',
          deadline: hoursFromNow(30),
        }),
        aNotification({ title: 'Passed', severity: 'critical', deadline: hoursFromNow(-1) }),
        aNotification({
          title: 'Resolved',
          status: 'resolved',
          resolvedAt: hoursFromNow(-2),
          deadline: hoursFromNow(1),
        }),
        aNotification({ title: 'No deadline', severity: 'critical' }),
      ],
    });
    const { user } = await renderApp(bridge);

    const next = within(header()).getByRole('link', { name: 'Account at risk (DE)' });
    expect(next.closest('p')!.textContent).toMatch(/^Next deadline Account at risk \(DE\) 1 day 5 hours left$/);
    expect(within(header()).getByRole('timer', { name: '1 day 5 hours left' })).toBeTruthy();

    await user.click(next);
    expect(await screen.findByRole('heading', { level: 2, name: 'Account at risk' })).toBeTruthy();
  });

  it('is not there when no open notification has a deadline ahead', async () => {
    await renderApp(createFakeBridge({ notifications: [aNotification({ deadline: hoursFromNow(-3) })] }));
    expect(within(header()).queryByRole('timer')).toBeNull();
    expect(within(header()).queryByText('Next deadline')).toBeNull();
  });

  it('speaks Chinese', async () => {
    const bridge = createFakeBridge({
      notifications: [aNotification({ title: 'Account at risk', deadline: hoursFromNow(30) })],
    });
    await bridge.api.invoke('settings.update', { language: 'zh-CN' });
    await renderApp(bridge);
    expect(within(header()).getByRole('link', { name: 'Account at risk（US）' }).closest('p')!.textContent).toMatch(
      /^最近的截止时间 Account at risk（US） 剩余 1 天 5 小时$/,
    );
  });
});
