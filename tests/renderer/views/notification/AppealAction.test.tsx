import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { anAppeal, someContent } from '../../appeal-fixtures';
import { createFakeBridge } from '../../fake-bridge';
import { aNotification } from '../../fixtures';
import { renderApp } from '../../render-app';

const odr = aNotification({
  id: 'odr-1',
  title: 'Order Defect Rate above target',
  text: 'Your Order Defect Rate is 1.4%, above the 1% target.',
  metric: 'orderDefectRate.mfn',
  asins: ['B0ODRTEST1'],
});

async function openDetail(bridge: ReturnType<typeof createFakeBridge>) {
  const rendered = await renderApp(bridge);
  window.location.hash = '#/notification/odr-1';
  await screen.findByRole('heading', { level: 2, name: odr.title });
  return rendered;
}

describe('The Appeal action of a notification', () => {
  it('starts an appeal from the notification and opens it at step 1 with Amazon’s text', async () => {
    const bridge = createFakeBridge({ notifications: [odr] });
    const { user } = await openDetail(bridge);

    await user.click(await screen.findByRole('button', { name: 'Appeal' }));

    expect(await screen.findByRole('heading', { level: 2, name: `Appeal: ${odr.title}` })).toBeTruthy();
    expect(window.location.hash).toBe('#/appeal/appeal-new-1');
    expect(bridge.calls.find((c) => c.command === 'appeals.create')?.request).toEqual({ notificationId: 'odr-1' });
    expect(screen.getByText(odr.text).tagName).toBe('BLOCKQUOTE');
    expect(screen.queryByRole('textbox', { name: 'Paste Amazon’s exact text' })).toBeNull();
    expect((screen.getByRole('textbox', { name: 'ASINs' }) as HTMLInputElement).value).toBe('B0ODRTEST1');
  });

  it('continues the appeal already begun instead of starting another', async () => {
    const begun = anAppeal([someContent()], { id: 'appeal-begun', notificationId: 'odr-1' });
    const bridge = createFakeBridge({ notifications: [odr], appeals: { appeals: [begun] } });
    const { user } = await openDetail(bridge);

    await user.click(await screen.findByRole('button', { name: 'Continue appeal' }));

    await screen.findByRole('heading', { level: 2, name: `Appeal: ${odr.title}` });
    expect(window.location.hash).toBe('#/appeal/appeal-begun');
    expect(bridge.commandsCalled()).not.toContain('appeals.create');
  });

  it('says why when the appeal cannot be started, and stays on the notification', async () => {
    const bridge = createFakeBridge({ notifications: [odr], failures: { 'appeals.create': 'the disk is full' } });
    const { user } = await openDetail(bridge);

    await user.click(await screen.findByRole('button', { name: 'Appeal' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Could not start the appeal: the disk is full');
    expect(window.location.hash).toBe('#/notification/odr-1');
  });
});
