import Conf from 'conf';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocumentStore } from '../../../../main/adapters/store/document-store';
import { supportContactsSpec } from '../../../../main/adapters/store/documents';
import { openStoresToRead, readDocument, ReadOnlyStoreError } from '../../../../main/adapters/store/read-only-stores';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { contentsOf, filesIn, useDataDir } from './data-dir';

const dataDir = useDataDir();
const contact = {
  id: 'c1',
  at: '2026-11-02T10:00:00.000Z',
  channel: 'email' as const,
  caseId: '',
  note: 'Sent the invoices.',
  notificationId: null,
  accountId: null,
  marketplaceId: null,
};

describe('a store read only', () => {
  it('reads the file as the app wrote it, and refuses to write', () => {
    openDocumentStore({ ...supportContactsSpec, dataDir: dataDir(), StoreClass: Conf }).write({ contacts: [contact] });
    const { store, unused } = readDocument(supportContactsSpec, dataDir());
    expect(unused).toBeNull();
    expect(store.read()).toEqual({ contacts: [contact] });
    expect(() => store.write({ contacts: [] })).toThrow(ReadOnlyStoreError);
  });

  it('reads a missing file as its defaults and creates nothing', () => {
    expect(readDocument(supportContactsSpec, dataDir()).store.read()).toEqual({ contacts: [] });
    expect(openStoresToRead(dataDir()).recoveries(translatorFor('en'))).toEqual([]);
    expect(filesIn(dataDir())).toEqual([]);
  });

  it('reads a damaged file without a backup as its defaults, and says so in the language asked for', () => {
    fs.writeFileSync(path.join(dataDir(), 'support-contacts.json'), '');
    const before = contentsOf(dataDir());
    const stores = openStoresToRead(dataDir());
    expect(stores.supportContacts().read()).toEqual({ contacts: [] });
    const [recovery] = stores.recoveries(translatorFor('zh-CN'));
    expect(recovery).toMatchObject({ restoredFromBackup: false, file: path.join(dataDir(), 'support-contacts.json') });
    expect(recovery?.message).toContain('没有完好的副本，因此此命令将其视为空。');
    expect(contentsOf(dataDir())).toEqual(before);
  });

  it('reads every file before it answers, naming the unusable ones in the order the app opens them', () => {
    for (const name of ['support-contacts', 'inbox', 'reminders', 'settings'])
      fs.writeFileSync(path.join(dataDir(), `${name}.json`), '');
    const stores = openStoresToRead(dataDir());
    expect(stores.recoveries(translatorFor('en')).map((recovery) => path.basename(recovery.file))).toEqual([
      'settings.json',
      'reminders.json',
      'inbox.json',
      'support-contacts.json',
    ]);
  });
});
