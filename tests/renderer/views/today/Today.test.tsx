import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Appeal, MetricReading } from '../../../../preload/contract';
import { createFakeBridge, type FakeBridge } from '../../fake-bridge';
import { aNotification, hoursFromNow } from '../../fixtures';
import { renderApp } from '../../render-app';

const US = 'ATVPDKIKX0DER';

async function openToday(bridge: FakeBridge) {
  const rendered = await renderApp(bridge);
  await rendered.user.click(screen.getByRole('link', { name: 'Today' }));
  const view = await screen.findByRole('region', { name: 'Today' });
  await within(view).findByText(/in a row|First look/);
  return { ...rendered, view };
}

const card = (view: HTMLElement, name: string) => within(view).getByRole('region', { name });

const odrNearTarget: MetricReading = {
  accountId: 'acct-northwind',
  marketplaceId: US,
  metric: 'orderDefectRate.mfn',
  value: 0.0085,
  at: hoursFromNow(-1),
};

function waitingAppeal(): Appeal {
  const at = hoursFromNow(-20);
  const content = {
    amazon: {
      text: 'Your account is at risk of deactivation.',
      policy: '',
      asins: [],
      metric: null,
      noticeAt: null,
      deadline: null,
    },
    rootCauses: [],
    actions: [],
    preventions: [],
    evidence: {},
  };
  return {
    id: 'appeal-1',
    notificationId: null,
    accountId: 'acct-northwind',
    marketplaceId: US,
    language: 'en',
    createdAt: at,
    updatedAt: at,
    versions: [{ n: 1, savedAt: at, content }],
    attempts: [{ at, channel: 'account-health', text: 'Our plan.', attachments: [], version: 1, answer: null }],
  };
}

describe('Today', () => {
  it('is the first link in the header', async () => {
    await renderApp(createFakeBridge());
    const nav = screen.getByRole('navigation', { name: 'Views' });
    expect(within(nav).getAllByRole('link')[0]!.textContent).toBe('Today');
  });

  it('counts the open notifications by metric group, as the digest words them, with a link into the inbox', async () => {
    const bridge = createFakeBridge({
      notifications: [
        aNotification({ group: 'shipping' }),
        aNotification({ group: 'shipping', read: true }),
        aNotification({ group: 'policyCompliance' }),
        aNotification({ group: 'account', status: 'resolved', resolvedAt: hoursFromNow(-1) }),
      ],
    });
    const { view } = await openToday(bridge);
    const open = card(view, 'Open notifications');
    expect(
      within(open)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Policy Compliance: 1 open, 1 unread', 'Shipping Performance: 2 open, 1 unread']);
    expect(within(open).getByRole('link', { name: 'Open the inbox' }).getAttribute('href')).toBe('#/');
    expect(within(view).queryByRole('status')).toBeNull();
  });

  it('names the most urgent deadline with the time left, linking to that notification', async () => {
    const soon = aNotification({ title: 'Respond to the authenticity complaint', deadline: hoursFromNow(5.5) });
    const { view } = await openToday(
      createFakeBridge({ notifications: [aNotification({ deadline: hoursFromNow(80) }), soon] }),
    );
    const urgent = card(view, 'Most urgent deadline');
    expect(within(urgent).getByRole('link', { name: soon.title }).getAttribute('href')).toBe(
      `#/notification/${soon.id}`,
    );
    expect(urgent.textContent).toContain('(Northwind Goods · US), due in 5 h');
  });

  it('lists the metrics close to their target with the headroom, linking to Account health', async () => {
    const { view } = await openToday(createFakeBridge({ notifications: [aNotification()], readings: [odrNearTarget] }));
    const near = card(view, 'Close to target');
    expect(within(near).getByRole('listitem').textContent).toBe(
      'Order Defect Rate (seller-fulfilled) (Northwind Goods · US): 0.85%, target under 1%, 0.15% to spare',
    );
    expect(within(near).getByRole('link', { name: 'See Account health' }).getAttribute('href')).toBe('#/health');
  });

  it('lists the appeals waiting for Amazon’s answer, linking to the appeals', async () => {
    const { view } = await openToday(createFakeBridge({ appeals: { appeals: [waitingAppeal()] } }));
    const waiting = card(view, 'Waiting for Amazon’s answer');
    expect(within(waiting).getByRole('listitem').textContent).toMatch(
      /^Your account is at risk of deactivation\. \(Northwind Goods · US\) · Submitted /,
    );
    expect(within(waiting).getByRole('link', { name: 'See the appeals' }).getAttribute('href')).toBe('#/appeals');
    expect(within(view).queryByText(/^All clear/)).toBeNull();
  });

  it('says all clear when nothing is open and no appeal waits, and still shows what is close to target', async () => {
    const { view } = await openToday(createFakeBridge({ notifications: [], readings: [odrNearTarget] }));
    expect(within(view).getByRole('status').textContent).toBe(
      'All clear: no performance notification is open and no appeal is waiting for Amazon.',
    );
    expect(within(view).queryByRole('region', { name: 'Open notifications' })).toBeNull();
    expect(within(card(view, 'Close to target')).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(card(view, 'Waiting for Amazon’s answer')).getByText('No appeal is waiting for an answer.'),
    ).toBeTruthy();
  });

  it('shows the days in a row the seller has looked at Flagwatch', async () => {
    const { view } = await openToday(createFakeBridge({ daysInARow: 6 }));
    expect(within(view).getByText('6 days in a row with Flagwatch')).toBeTruthy();
  });

  it('follows the inbox: a notification read elsewhere lowers the unread count', async () => {
    const n = aNotification({ group: 'shipping' });
    const bridge = createFakeBridge({ notifications: [n] });
    const { view } = await openToday(bridge);
    expect(within(card(view, 'Open notifications')).getByRole('listitem').textContent).toBe(
      'Shipping Performance: 1 open, 1 unread',
    );
    await bridge.api.invoke('notification.setRead', { id: n.id, read: true });
    await within(view).findByText('Shipping Performance: 1 open, 0 unread');
  });

  it('says in words when the summary cannot be loaded', async () => {
    const bridge = createFakeBridge({ failures: { 'today.get': 'the data folder is not readable' } });
    const rendered = await renderApp(bridge);
    await rendered.user.click(screen.getByRole('link', { name: 'Today' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not load today’s summary: the data folder is not readable',
    );
  });

  it('is shown when the host asks (the morning digest was clicked)', async () => {
    const bridge = createFakeBridge();
    await renderApp(bridge);
    bridge.emit('today.open', {});
    expect(await screen.findByRole('region', { name: 'Today' })).toBeTruthy();
    expect(window.location.hash).toBe('#/today');
  });

  it('speaks Chinese', async () => {
    const bridge = createFakeBridge({
      notifications: [aNotification({ group: 'shipping' })],
      settings: { ...(await import('../../../../preload/contract')).defaultSettings, language: 'zh-CN' },
    });
    await renderApp(bridge);
    bridge.emit('today.open', {});
    const view = await screen.findByRole('region', { name: '今日' });
    expect(await within(view).findByText('配送绩效：1 条未处理，1 条未读')).toBeTruthy();
  });
});
