import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { defaultSettings, type Settings } from '../../../../preload/contract';
import { createFakeBridge, type FakeBridge } from '../../fake-bridge';
import { renderApp } from '../../render-app';

const evenings: Settings = {
  ...defaultSettings,
  pollIntervalMinutes: 60,
  notificationsPaused: false,
  quietHours: { enabled: true, start: '21:30', end: '06:45' },
  demoSpeed: 1,
  language: 'system',
  digest: { enabled: true, time: '08:15', days: [1, 2, 3, 4, 5] },
  supportRepeatDays: 7,
};

async function openSettings(bridge: FakeBridge) {
  const rendered = await renderApp(bridge);
  await rendered.user.click(screen.getByRole('link', { name: 'Settings' }));
  const form = await screen.findByRole('form', { name: 'Settings' });
  return { ...rendered, form };
}

const input = (name: string) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;
const checkbox = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const time = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const updates = (bridge: FakeBridge) =>
  bridge.calls.filter((c) => c.command === 'settings.update').map((c) => c.request);

describe('Settings', () => {
  it('is reached from the header, which marks it as the current view', async () => {
    await openSettings(createFakeBridge());
    expect(window.location.hash).toBe('#/settings');
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Inbox' }).getAttribute('aria-current')).toBeNull();
  });

  it("shows the host's current settings, and never the demo's speed", async () => {
    await openSettings(createFakeBridge({ settings: { ...evenings, demoSpeed: 60 } }));
    expect(input('Check every').value).toBe('60');
    expect(checkbox('Pause desktop notifications').checked).toBe(false);
    expect(checkbox('Quiet hours').checked).toBe(true);
    expect(time('From').value).toBe('21:30');
    expect(time('Until').value).toBe('06:45');
    expect(screen.getAllByDisplayValue('60')).toEqual([input('Check every')]);
    expect(screen.queryByText(/speed/i)).toBeNull();
  });

  it('says in plain words what pause and quiet hours hold back, and the Amazon minimum', async () => {
    await openSettings(createFakeBridge());
    const hintOf = (element: HTMLElement) =>
      document.getElementById(element.getAttribute('aria-describedby')!)!.textContent;
    const critical = 'Critical ones (an account at risk or deactivated) still come through.';
    expect(hintOf(input('Check every'))).toBe(
      'Amazon accounts are never checked more often than their own minimum, even if you choose less here.',
    );
    expect(hintOf(checkbox('Pause desktop notifications'))).toMatch(/shows no desktop notifications\. /);
    expect(hintOf(checkbox('Pause desktop notifications')).endsWith(critical)).toBe(true);
    const quiet = hintOf(screen.getByRole('group', { name: 'Quiet hours' }));
    expect(quiet).toMatch(/they may span midnight, like 22:00 until 07:00\. /);
    expect(quiet.endsWith(critical)).toBe(true);
  });

  it('sends exactly the changed fields, quiet hours whole, and confirms', async () => {
    const bridge = createFakeBridge({ settings: defaultSettings });
    const { user, form } = await openSettings(bridge);
    await user.clear(input('Check every'));
    await user.type(input('Check every'), '15');
    await user.click(checkbox('Quiet hours'));
    fireEvent.change(time('From'), { target: { value: '23:00' } });
    fireEvent.change(time('Until'), { target: { value: '06:30' } });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect((await within(form).findByRole('status')).textContent).toBe('Settings saved.');
    expect(updates(bridge)).toEqual([
      { pollIntervalMinutes: 15, quietHours: { enabled: true, start: '23:00', end: '06:30' } },
    ]);
    expect(bridge.settings()).toEqual({
      ...defaultSettings,
      pollIntervalMinutes: 15,
      quietHours: { enabled: true, start: '23:00', end: '06:30' },
    });
    expect(input('Check every').value).toBe('15');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sends nothing when nothing changed, and says so', async () => {
    const bridge = createFakeBridge();
    const { user, form } = await openSettings(bridge);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('status').textContent).toBe('Nothing to save: no setting was changed.');
    expect(updates(bridge)).toEqual([]);
  });

  it('refuses a time that is not a time, with an alert, and sends nothing', async () => {
    const bridge = createFakeBridge({ settings: evenings });
    const { user, form } = await openSettings(bridge);
    fireEvent.change(time('Until'), { target: { value: '' } });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(screen.getByRole('alert').textContent).toBe(
      'Quiet hours until: enter a time as hours and minutes, like 07:00.',
    );
    expect(time('Until').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(time('Until').getAttribute('aria-describedby')!)!.textContent).toMatch(
      /^Quiet hours until:/,
    );
    expect(within(form).getByRole('status').textContent).toBe('');
    expect(updates(bridge)).toEqual([]);
  });

  it('refuses quiet hours that would never begin, and an interval out of range', async () => {
    const bridge = createFakeBridge({ settings: evenings });
    const { user, form } = await openSettings(bridge);
    fireEvent.change(time('Until'), { target: { value: '21:30' } });
    await user.clear(input('Check every'));
    await user.type(input('Check every'), '1441');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('Check every: enter a whole number of minutes from 1 to 1440 (one day).'),
    ).toBeTruthy();
    expect(within(alert).getByText(/^Quiet hours until: choose a different time from the start/)).toBeTruthy();
    expect(updates(bridge)).toEqual([]);
  });

  it('leaves the times alone while quiet hours are off', async () => {
    await openSettings(createFakeBridge());
    expect(checkbox('Quiet hours').checked).toBe(false);
    expect(time('From').disabled).toBe(true);
    expect(time('Until').disabled).toBe(true);
  });

  it('pauses and resumes desktop notifications, which the header then tells', async () => {
    const bridge = createFakeBridge();
    const { user, form } = await openSettings(bridge);
    await user.click(checkbox('Pause desktop notifications'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await within(form).findByText('Settings saved.');
    expect(updates(bridge)).toEqual([{ notificationsPaused: true }]);
    expect(screen.getByRole('status', { name: 'Check status' }).textContent).toContain('Desktop alerts are paused.');
    expect(checkbox('Pause desktop notifications').checked).toBe(true);

    await user.click(checkbox('Pause desktop notifications'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(updates(bridge)).toHaveLength(2));
    expect(updates(bridge)[1]).toEqual({ notificationsPaused: false });
    expect(bridge.settings().notificationsPaused).toBe(false);
    expect(screen.getByRole('status', { name: 'Check status' }).textContent).not.toContain('paused');
  });

  it("follows the tray's Pause item while open", async () => {
    const bridge = createFakeBridge();
    await openSettings(bridge);
    await act(async () => void bridge.setNotificationsPaused(true));
    expect(checkbox('Pause desktop notifications').checked).toBe(true);
    await act(async () => void bridge.setNotificationsPaused(false));
    expect(checkbox('Pause desktop notifications').checked).toBe(false);
  });

  it('says so when the settings cannot be loaded', async () => {
    await renderApp(createFakeBridge({ failures: { 'settings.get': 'The host is not answering.' } }));
    window.location.hash = '#/settings';
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not load the settings: The host is not answering.',
    );
    expect(screen.queryByRole('form', { name: 'Settings' })).toBeNull();
  });

  it("shows the host's refusal as an alert in plain words", async () => {
    const bridge = createFakeBridge({ failures: { 'settings.update': 'The settings file could not be written.' } });
    const { user, form } = await openSettings(bridge);
    await user.click(checkbox('Pause desktop notifications'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not save the settings: The settings file could not be written.',
    );
    expect(checkbox('Pause desktop notifications').checked).toBe(true);
  });

  it('sets the morning digest: on or off, its time and its days, sent whole', async () => {
    const bridge = createFakeBridge({ settings: defaultSettings });
    const { user, form } = await openSettings(bridge);
    expect(checkbox('Morning digest').checked).toBe(true);
    expect(time('At').value).toBe('09:00');
    const days = within(form).getByRole('group', { name: 'On these days' });
    expect(
      within(days)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement!.textContent),
    ).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    fireEvent.change(time('At'), { target: { value: '07:45' } });
    await user.click(checkbox('Saturday'));
    await user.click(checkbox('Sunday'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(updates(bridge)).toEqual([{ digest: { enabled: true, time: '07:45', days: [1, 2, 3, 4, 5] } }]);
    await user.click(checkbox('Morning digest'));
    expect(time('At').disabled).toBe(true);
    expect(checkbox('Monday').matches(':disabled')).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(updates(bridge).at(-1)).toEqual({ digest: { enabled: false, time: '07:45', days: [1, 2, 3, 4, 5] } });
  });

  it('refuses a digest time that is not a time', async () => {
    const bridge = createFakeBridge({ settings: evenings });
    const { user, form } = await openSettings(bridge);
    fireEvent.change(time('At'), { target: { value: '' } });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Morning digest at: enter a time as hours and minutes, like 09:00.',
    );
    expect(updates(bridge)).toEqual([]);
  });

  it('names the weekdays in Chinese', async () => {
    const bridge = createFakeBridge({ settings: { ...evenings, language: 'zh-CN' } });
    const rendered = await renderApp(bridge);
    await rendered.user.click(screen.getByRole('link', { name: '设置' }));
    const days = await screen.findByRole('group', { name: '在这些日子' });
    expect(within(days).getAllByRole('checkbox')[0]!.parentElement!.textContent).toBe('星期一');
  });
});
