import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../../../main/adapters/store/open-stores';
import { defaultSettings } from '../../../../main/core/schema';
import { supportContact } from '../../../support/fixtures';
import { useDataDir } from './data-dir';
import { writeOldSettingsFile } from './old-settings-file';

const dataDir = useDataDir();
const open = () => openStores({ dataDir: dataDir(), StoreClass: Conf });

describe('the Seller Support contact log file', () => {
  it('starts empty and keeps what is written across a reopen', () => {
    expect(open().supportContacts().read()).toEqual({ contacts: [] });
    const contact = supportContact();
    open()
      .supportContacts()
      .write({ contacts: [contact] });
    expect(open().supportContacts().read()).toEqual({ contacts: [contact] });
  });
});

describe('settings saved before the repeat-contact warning', () => {
  it('get its default of 7 days, keeping the rest', () => {
    const { supportRepeatDays: _days, ...before } = { ...defaultSettings, pollIntervalMinutes: 45 };
    writeOldSettingsFile(dataDir(), 3, before);

    expect(open().settings.read().settings).toEqual({ ...before, supportRepeatDays: 7 });
  });
});
