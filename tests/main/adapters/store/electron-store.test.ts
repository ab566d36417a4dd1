// The Electron host passes electron-store, not conf. It runs in plain Node once `electron`
// resolves: with ELECTRON_OVERRIDE_DIST_PATH set that package exports a path instead of throwing,
// and with no Electron app around electron-store only needs the absolute cwd the stores give it.
import Conf from 'conf';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStores } from '../../../../main/adapters/store/open-stores';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { defaultSettings } from '../../../../main/core/schema';
import { inboxItem } from '../../../support/fixtures';
import { filesIn, useDataDir } from './data-dir';

const english = translatorFor('en');

let ElectronStore: typeof import('electron-store').default;

beforeAll(async () => {
  vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', os.tmpdir());
  ElectronStore = (await import('electron-store')).default;
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const dataDir = useDataDir();

describe('the stores over electron-store', () => {
  it('name each file after its store (electron-store would otherwise write them all to config.json)', () => {
    const stores = openStores({ dataDir: dataDir(), StoreClass: ElectronStore });
    stores.settings.write({ settings: defaultSettings });
    stores.inbox().write({ notifications: [inboxItem()], accounts: [], lastSuccessAt: null });
    expect(filesIn(dataDir())).toEqual(['inbox.json', 'settings.json']);
  });

  it('read and write the same files as over conf, so both hosts share a data directory', () => {
    const inbox = { notifications: [inboxItem()], accounts: [], lastSuccessAt: null };
    openStores({ dataDir: dataDir(), StoreClass: ElectronStore }).inbox().write(inbox);
    expect(openStores({ dataDir: dataDir(), StoreClass: Conf }).inbox().read()).toEqual(inbox);

    openStores({ dataDir: dataDir(), StoreClass: Conf })
      .inbox()
      .write({ ...inbox, lastSuccessAt: '2026-11-02T09:00:00.000Z' });
    expect(openStores({ dataDir: dataDir(), StoreClass: ElectronStore }).inbox().read().lastSuccessAt).toBe(
      '2026-11-02T09:00:00.000Z',
    );
  });

  it('move a damaged file aside and restore its backup', () => {
    const inbox = { notifications: [inboxItem()], accounts: [], lastSuccessAt: null };
    openStores({ dataDir: dataDir(), StoreClass: ElectronStore }).inbox().write(inbox);
    openStores({ dataDir: dataDir(), StoreClass: ElectronStore }).inbox(); // a good open refreshes the backup
    fs.writeFileSync(path.join(dataDir(), 'inbox.json'), '{"schemaVersion":1,');

    const stores = openStores({ dataDir: dataDir(), StoreClass: ElectronStore });

    expect(stores.inbox().read()).toEqual(inbox);
    expect(stores.recoveries(english)).toEqual([expect.objectContaining({ restoredFromBackup: true })]);
  });
});
