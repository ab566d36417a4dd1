import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../../../main/adapters/store/open-stores';
import { defaultSettings } from '../../../../main/core/schema';
import { useDataDir } from './data-dir';
import { writeOldSettingsFile } from './old-settings-file';

const dataDir = useDataDir();

describe('settings saved before the notification choices, hidden accounts, theme and launch at login', () => {
  it('upgrade to every notification raised with sound, nothing hidden, the system theme, no launch at login', () => {
    const {
      alerts: _a,
      hidden: _h,
      theme: _t,
      launchAtLogin: _l,
      ...before
    } = {
      ...defaultSettings,
      pollIntervalMinutes: 45,
      language: 'zh-CN' as const,
    };
    writeOldSettingsFile(dataDir(), 3, before);

    expect(openStores({ dataDir: dataDir(), StoreClass: Conf }).settings.read().settings).toEqual({
      ...before,
      alerts: {
        groups: { customerService: true, policyCompliance: true, shipping: true, account: true },
        severities: { info: true, warning: true, high: true, critical: true },
        sound: { info: true, warning: true, high: true, critical: true },
      },
      hidden: { accounts: [], marketplaces: [] },
      theme: 'system',
      launchAtLogin: false,
    });
  });

  it('refuse a critical severity switched off: critical items always come', () => {
    const stores = openStores({ dataDir: dataDir(), StoreClass: Conf });
    const alerts = { ...defaultSettings.alerts, severities: { ...defaultSettings.alerts.severities, critical: false } };
    expect(() => stores.settings.write({ settings: { ...defaultSettings, alerts } as never })).toThrow(/critical/);
  });
});
