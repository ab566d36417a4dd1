import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDocumentStore } from '../../../../main/adapters/store/document-store';
import { settingsSpec } from '../../../../main/adapters/store/documents';
import { openStores } from '../../../../main/adapters/store/open-stores';
import { defaultSettings } from '../../../../main/core/schema';
import { useDataDir } from './data-dir';

const dataDir = useDataDir();
const open = () => openStores({ dataDir: dataDir(), StoreClass: Conf });

describe('the Seller Support contact log file', () => {
  it('starts empty and keeps what is written across a reopen', () => {
    expect(open().supportContacts().read()).toEqual({ contacts: [] });
    const contact = {
      id: 'c1',
      at: '2026-11-02T10:00:00.000Z',
      channel: 'phone' as const,
      caseId: '1234567890',
      note: 'Asked to add invoices to the case.',
      notificationId: 'n1',
      accountId: 'acct-1',
      marketplaceId: 'A1PA6795UKMFR9',
    };
    open()
      .supportContacts()
      .write({ contacts: [contact] });
    expect(open().supportContacts().read()).toEqual({ contacts: [contact] });
  });
});

describe('settings saved before the repeat-contact warning', () => {
  it('get its default of 7 days, keeping the rest', () => {
    const { supportRepeatDays: _days, ...before } = { ...defaultSettings, pollIntervalMinutes: 45 };
    openDocumentStore<{ settings: object }>({
      name: settingsSpec.name,
      label: settingsSpec.label,
      startsOver: settingsSpec.startsOver,
      schema: z.object({ settings: z.object({}).passthrough() }),
      defaults: { settings: before },
      // A file of the third format: one migration behind.
      migrations: [(document) => document, (document) => document],
      dataDir: dataDir(),
      StoreClass: Conf,
    }).write({ settings: before });

    expect(open().settings.read().settings).toEqual({ ...before, supportRepeatDays: 7 });
  });
});
