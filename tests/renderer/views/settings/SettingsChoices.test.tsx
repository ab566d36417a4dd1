import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { defaultSettings, type HostInfo, type Settings } from '../../../../preload/contract';
import { createFakeBridge, fakeBackupText, type FakeBridge } from '../../fake-bridge';
import { renderApp } from '../../render-app';

const desktop: HostInfo = {
  kind: 'electron',
  dataDir: 'C:\\Users\\seller\\AppData\\Roaming\\Flagwatch',
  launchAtLogin: true,
  fileDialogs: true,
};

async function openSettings(bridge: FakeBridge) {
  const rendered = await renderApp(bridge);
  await rendered.user.click(screen.getByRole('link', { name: 'Settings' }));
  const form = await screen.findByRole('form', { name: 'Settings' });
  return { ...rendered, form };
}

const checkbox = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
/** What assistive technology reads after the name: the elements aria-describedby names. */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
const updates = (bridge: FakeBridge) =>
  bridge.calls.filter((c) => c.command === 'settings.update').map((c) => c.request);

describe('Settings → Desktop notifications', () => {
  it('sends the groups, severities and sounds chosen, whole', async () => {
    const bridge = createFakeBridge();
    const { user } = await openSettings(bridge);
    await user.click(checkbox('Shipping Performance'));
    await user.click(checkbox('Show Info notifications'));
    await user.click(checkbox('Play a sound for Warning notifications'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alerts = structuredClone(defaultSettings.alerts);
    alerts.groups.shipping = false;
    alerts.severities.info = false;
    alerts.sound.warning = false;
    expect(updates(bridge)).toEqual([{ alerts }]);
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it('keeps critical ones always shown, and says so', async () => {
    await openSettings(createFakeBridge());
    const critical = checkbox('Show Critical notifications');
    expect(critical.checked).toBe(true);
    expect(critical.disabled).toBe(true);
    expect(checkbox('Play a sound for Critical notifications').disabled).toBe(false);
    expect(description(screen.getByRole('group', { name: 'Desktop notifications' }))).toMatch(
      /Critical ones \(an account at risk or deactivated\) always come, in every group\./,
    );
  });
});

describe('Settings → Accounts and marketplaces shown', () => {
  it('lists the inbox’s accounts and their marketplaces, and sends the ones unchecked as hidden', async () => {
    const bridge = createFakeBridge();
    const { user } = await openSettings(bridge);
    const shown = screen.getByRole('group', { name: 'Accounts and marketplaces shown' });
    const accounts = within(shown).getByRole('group', { name: 'Accounts' });
    expect(
      within(accounts)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual(['Northwind Goods', 'Bluebird Home']);
    await user.click(checkbox('Bluebird Home'));
    await user.click(checkbox('Germany (DE)'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(updates(bridge)).toEqual([{ hidden: { accounts: ['acct-bluebird'], marketplaces: ['A1PA6795UKMFR9'] } }]);
  });

  it('shows hidden ones unchecked, and shows them again when checked', async () => {
    const settings: Settings = { ...defaultSettings, hidden: { accounts: ['acct-bluebird'], marketplaces: [] } };
    const bridge = createFakeBridge({ settings });
    const { user } = await openSettings(bridge);
    expect(checkbox('Bluebird Home').checked).toBe(false);
    await user.click(checkbox('Bluebird Home'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(updates(bridge)).toEqual([{ hidden: { accounts: [], marketplaces: [] } }]);
  });
});

describe('Settings → Theme', () => {
  it('applies the saved theme to the page, and "As the system" leaves it to the system', async () => {
    const bridge = createFakeBridge();
    const { user } = await openSettings(bridge);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(
      within(theme)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['As the system', 'Light', 'Dark']);
    await user.selectOptions(theme, 'Dark');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.selectOptions(theme, 'As the system');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
    expect(updates(bridge)).toEqual([{ theme: 'dark' }, { theme: 'system' }]);
  });

  it('applies the saved theme as the window opens, before Settings is visited', async () => {
    delete document.documentElement.dataset.theme;
    await renderApp(createFakeBridge({ settings: { ...defaultSettings, theme: 'light' } }));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    delete document.documentElement.dataset.theme;
  });
});

describe('Settings → Launch at login', () => {
  it('does not apply in the browser host, and says why', async () => {
    await openSettings(createFakeBridge());
    const launch = (await screen.findByRole('checkbox', { name: 'Start Flagwatch when I log in' })) as HTMLInputElement;
    await vi.waitFor(() => expect(description(launch)).toMatch(/^Does not apply here/));
    expect(launch.disabled).toBe(true);
    expect(launch.checked).toBe(false);
  });

  it('is sent where the host applies it', async () => {
    const bridge = createFakeBridge({ host: desktop });
    const { user } = await openSettings(bridge);
    const launch = checkbox('Start Flagwatch when I log in');
    await vi.waitFor(() => expect(launch.disabled).toBe(false));
    expect(description(launch)).toBe('It starts in the tray, without opening its window.');
    await user.click(launch);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(updates(bridge)).toEqual([{ launchAtLogin: true }]);
  });

  it('says so on a desktop system where it is not available', async () => {
    await openSettings(createFakeBridge({ host: { ...desktop, launchAtLogin: false } }));
    await vi.waitFor(() => expect(description(checkbox('Start Flagwatch when I log in'))).toMatch(/^Not available/));
  });
});

describe('Settings → Data folder in the browser host', () => {
  it('shows where the data folder is', async () => {
    await openSettings(createFakeBridge());
    const section = await screen.findByRole('region', { name: 'Data folder' });
    expect(within(section).getByText('/home/seller/.local/share/flagwatch')).toBeTruthy();
  });

  it('downloads a backup under the host’s file name', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:backup'));
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { user } = await openSettings(createFakeBridge());
    await user.click(await screen.findByRole('button', { name: 'Back up' }));
    expect(await screen.findByText('Backup saved as flagwatch-backup-2026-11-26.json.')).toBeTruthy();
    expect(clicked).toEqual(['flagwatch-backup-2026-11-26.json']);
    expect(await created[0]?.text()).toBe(fakeBackupText);
    click.mockRestore();
  });

  it('restores an uploaded backup and asks for a restart to finish', async () => {
    const bridge = createFakeBridge();
    const { user } = await openSettings(bridge);
    const file = new File([fakeBackupText], 'flagwatch-backup-2026-11-26.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Backup file to restore'), file);
    expect(await screen.findByText(/Restart Flagwatch to finish/)).toBeTruthy();
    expect(bridge.calls.find((c) => c.command === 'backup.restore')?.request).toEqual({ text: fakeBackupText });
  });

  it('shows a refused backup as an alert with the host’s reason', async () => {
    await openSettings(createFakeBridge());
    const input = await screen.findByLabelText('Backup file to restore');
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['{"not":"a backup"}'], 'other.json')] } });
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not restore the backup: this file is not a Flagwatch backup. Nothing was changed.',
    );
  });
});

describe('Settings → Data folder in the desktop app', () => {
  it('saves and restores through the system’s dialogs, and says Flagwatch restarts by itself', async () => {
    const bridge = createFakeBridge({ host: desktop });
    const { user } = await openSettings(bridge);
    expect(screen.queryByLabelText('Backup file to restore')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Back up' }));
    expect(
      await screen.findByText('Backup saved as /Users/seller/Documents/flagwatch-backup-2026-11-26.json.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    expect(await screen.findByText(/Flagwatch restarts now to put it in place\./)).toBeTruthy();
  });
});

describe('Settings → in Chinese', () => {
  it('names the new choices in Chinese', async () => {
    const bridge = createFakeBridge({ settings: { ...defaultSettings, language: 'zh-CN' } });
    await renderApp(bridge);
    await act(async () => window.history.replaceState(null, '', '/#/settings'));
    fireEvent(window, new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('group', { name: '桌面通知' })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: '显示“严重”通知' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('combobox', { name: '主题' })).toBeTruthy();
    expect(await screen.findByRole('region', { name: '数据文件夹' })).toBeTruthy();
  });
});
