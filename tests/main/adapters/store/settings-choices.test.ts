import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDocumentStore } from '../../../../main/adapters/store/document-store';
import { settingsSpec } from '../../../../main/adapters/store/documents';
import { openStores } from '../../../../main/adapters/store/open-stores';
import { defaultSettings } from '../../../../main/core/schema';
import { useDataDir } from './data-dir';

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
    openDocumentStore<{ settings: object }>({
      name: settingsSpec.name,
      label: settingsSpec.label,
      startsOver: settingsSpec.startsOver,
      schema: z.object({ settings: z.object({}).passthrough() }),
      defaults: { settings: before },
      // A file of the third format: two migrations behind it.
      migrations: [(document) => document, (document) => document],
      dataDir: dataDir(),
      StoreClass: Conf,
    }).write({ settings: before });

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
