import Conf from 'conf';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPendingRestore, createDataFolder, pendingRestoreName } from '../../../../main/adapters/store/data-folder';
import { openDocumentStore } from '../../../../main/adapters/store/document-store';
import { accountsSpec } from '../../../../main/adapters/store/accounts-document';
import { mailboxesSpec } from '../../../../main/adapters/store/mailboxes-document';
import { memorySecrets } from '../../../../main/adapters/secrets/memory-secrets';
import { createMailboxHandlers } from '../../../../main/app/commands/mailboxes';
import { mailboxSecretKey } from '../../../../main/core/mailbox/mailbox-config';
import { openStores } from '../../../../main/adapters/store/open-stores';
import { AccountConfigSchema } from '../../../../main/core/accounts/account-config';
import { writeBackup } from '../../../../main/core/backup/backup-file';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { defaultSettings } from '../../../../main/core/schema';
import { account, inboxItem, supportContact } from '../../../support/fixtures';
import { contentsOf, filesIn, useDataDir } from './data-dir';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const now = new Date('2026-11-26T19:30:00.000Z');
const source = useDataDir();
const target = useDataDir();

/** A data folder in use: settings changed, an inbox with one read item. */
function filledFolder(dir: string) {
  const stores = openStores({ dataDir: dir, StoreClass: Conf });
  stores.settings.write({ settings: { ...defaultSettings, theme: 'dark', pollIntervalMinutes: 15 } });
  stores.inbox().write({
    notifications: [inboxItem({ read: true }), inboxItem({ key: 'b', title: '账户状况有风险' })],
    accounts: [account()],
    lastSuccessAt: '2026-11-26T19:00:00.000Z',
  });
  fs.writeFileSync(path.join(dir, 'secrets.json'), '{"never":"in a backup"}', { mode: 0o600 });
  return stores;
}

function backupOf(dir: string): string {
  return createDataFolder({ dataDir: dir, appVersion: '1.2.0' }).backup(now).text;
}

describe('a backup of the data folder', () => {
  it('holds every store document, the defaults of those never written, and never the secrets', () => {
    filledFolder(source());
    const { fileName, text } = createDataFolder({ dataDir: source(), appVersion: '1.2.0' }).backup(now);
    expect(fileName).toBe('flagwatch-backup-2026-11-26.json');
    const backup = JSON.parse(text) as { appVersion: string; documents: Record<string, { document: unknown }> };
    expect(backup.appVersion).toBe('1.2.0');
    expect(Object.keys(backup.documents).sort()).toEqual([
      'accounts',
      'appeal-drafts',
      'appeals',
      'digest',
      'history',
      'inbox',
      'mailboxes',
      'reminders',
      'settings',
      'summary',
      'support-contacts',
    ]);
    expect(backup.documents.appeals?.document).toEqual({ appeals: [] });
    expect(text).not.toContain('never');
  });
});

describe('a restore into an empty data folder', () => {
  it('waits in the folder, then on the next start gives back the very same documents', () => {
    const before = filledFolder(source());
    const staged = createDataFolder({ dataDir: target(), appVersion: '1.2.0' }).stageRestore(backupOf(source()), en);
    expect(staged).toEqual({ ok: true, createdAt: now.toISOString(), documents: 11 });
    expect(filesIn(target())).toEqual([pendingRestoreName]);

    expect(applyPendingRestore(target(), en, now)).toEqual({ kind: 'restored', createdAt: now.toISOString() });
    expect(filesIn(target())).not.toContain(pendingRestoreName);
    const after = openStores({ dataDir: target(), StoreClass: Conf });
    expect(after.settings.read()).toEqual(before.settings.read());
    expect(after.inbox().read()).toEqual(before.inbox().read());
    expect(after.recoveries(en)).toEqual([]);
  });

  it('does nothing on a start with no restore waiting', () => {
    filledFolder(target());
    const files = contentsOf(target());
    expect(applyPendingRestore(target(), en, now)).toBeNull();
    expect(contentsOf(target())).toEqual(files);
  });

  it('replaces the documents of a folder in use, leaving its other files alone', () => {
    filledFolder(source());
    const current = openStores({ dataDir: target(), StoreClass: Conf });
    current.settings.write({ settings: { ...defaultSettings, theme: 'light' } });
    fs.writeFileSync(path.join(target(), 'demo.json'), 'the demo source’s own file');
    createDataFolder({ dataDir: target(), appVersion: '1.2.0' }).stageRestore(backupOf(source()), en);
    applyPendingRestore(target(), en, now);
    expect(openStores({ dataDir: target(), StoreClass: Conf }).settings.read().settings.theme).toBe('dark');
    expect(fs.readFileSync(path.join(target(), 'demo.json'), 'utf8')).toBe('the demo source’s own file');
  });
});

describe('a restore refused', () => {
  function refusal(text: string, t = en) {
    filledFolder(target());
    const files = contentsOf(target());
    const staged = createDataFolder({ dataDir: target(), appVersion: '1.2.0' }).stageRestore(text, t);
    // Nothing changed: not one byte of any file, and nothing waiting for the next start.
    expect(contentsOf(target())).toEqual(files);
    expect(staged.ok).toBe(false);
    return staged.ok ? '' : staged.message;
  }

  it('for a file cut short', () => {
    filledFolder(source());
    const text = backupOf(source());
    expect(refusal(text.slice(0, Math.floor(text.length / 2)))).toBe(
      'the file is incomplete or not a Flagwatch backup (it cannot be read as JSON)',
    );
  });

  it('for a foreign file, even a Flagwatch store file', () => {
    filledFolder(source());
    expect(refusal(fs.readFileSync(path.join(source(), 'settings.json'), 'utf8'))).toBe(
      'this file is not a Flagwatch backup',
    );
  });

  it('for a backup edited after it was made', () => {
    filledFolder(source());
    expect(refusal(backupOf(source()).replace('"theme":"dark"', '"theme":"light"'))).toBe(
      'this backup was changed or damaged after it was made (its checksum does not match)',
    );
  });

  it('for a document that does not fit its schema, naming it, in the language asked for', () => {
    filledFolder(source());
    const value = JSON.parse(backupOf(source())) as Record<string, unknown>;
    const { checksum: _, ...rest } = value;
    const documents = rest.documents as Record<string, { schemaVersion: number; document: unknown }>;
    documents.settings = { schemaVersion: 4, document: { settings: { theme: 'purple' } } };
    // Re-sealed, as a tool that knows the format could: a matching checksum alone does not make it usable.
    const text = reseal(rest);
    expect(refusal(text)).toMatch(
      /^the settings in this backup cannot be used because its content is not what Flagwatch expects/,
    );
    expect(refusal(text, zh)).toMatch(/^此备份中的设置无法使用/);
  });

  it('for a document from a newer Flagwatch', () => {
    filledFolder(source());
    const { checksum: _, ...rest } = JSON.parse(backupOf(source())) as Record<string, unknown>;
    (rest.documents as Record<string, { schemaVersion: number }>).inbox!.schemaVersion = 99;
    expect(refusal(reseal(rest))).toBe(
      'the inbox in this backup cannot be used because it was saved by a newer version of Flagwatch (data format 99)',
    );
  });
});

describe('a waiting restore damaged before the next start', () => {
  it('is set aside, and nothing is replaced', () => {
    filledFolder(source());
    filledFolder(target());
    createDataFolder({ dataDir: target(), appVersion: '1.2.0' }).stageRestore(backupOf(source()), en);
    fs.appendFileSync(path.join(target(), pendingRestoreName), 'x');
    const settings = fs.readFileSync(path.join(target(), 'settings.json'), 'utf8');

    const outcome = applyPendingRestore(target(), en, now);
    expect(outcome).toMatchObject({ kind: 'refused', message: expect.stringContaining('cannot be read as JSON') });
    expect(filesIn(target())).not.toContain(pendingRestoreName);
    expect(fs.existsSync(outcome?.kind === 'refused' ? outcome.movedTo : '')).toBe(true);
    expect(fs.readFileSync(path.join(target(), 'settings.json'), 'utf8')).toBe(settings);
  });
});

describe('the accounts in a backup', () => {
  it('come back without their secrets', () => {
    const accounts = openDocumentStore({ ...accountsSpec, dataDir: source(), StoreClass: Conf });
    const config = AccountConfigSchema.parse({
      id: 'acct-9',
      name: 'Northwind EU',
      region: 'EU',
      sellerId: 'A2NORTHWIND',
      marketplaceIds: ['A1PA6795UKMFR9'],
      clientId: 'amzn1.application-oa2-client.0123456789abcdef',
    });
    accounts.write({ accounts: [config], lastTests: {} });
    createDataFolder({ dataDir: target(), appVersion: '1.2.0' }).stageRestore(backupOf(source()), en);
    applyPendingRestore(target(), en, now);
    expect(openDocumentStore({ ...accountsSpec, dataDir: target(), StoreClass: Conf }).read()).toEqual(accounts.read());
  });
});

describe('the Seller Support contact log and the reminder record in a backup', () => {
  const contact = supportContact();
  const raised = { n1: { deadline: '2026-11-28T00:00:00.000Z', leadHours: 24 } };

  it('come back as they were', () => {
    const stores = openStores({ dataDir: source(), StoreClass: Conf });
    stores.supportContacts().write({ contacts: [contact] });
    stores.reminders.write({ raised });
    createDataFolder({ dataDir: target(), appVersion: '1.2.0' }).stageRestore(backupOf(source()), en);
    applyPendingRestore(target(), en, now);
    const after = openStores({ dataDir: target(), StoreClass: Conf });
    expect(after.supportContacts().read()).toEqual({ contacts: [contact] });
    expect(after.reminders.read()).toEqual({ raised });
  });

  it('are left as they are by a backup made before they existed', () => {
    filledFolder(source());
    const { checksum: _, ...rest } = JSON.parse(backupOf(source())) as Record<string, unknown>;
    const documents = rest.documents as Record<string, unknown>;
    for (const name of ['support-contacts', 'reminders', 'mailboxes']) delete documents[name];
    const current = openStores({ dataDir: target(), StoreClass: Conf });
    current.supportContacts().write({ contacts: [contact] });
    current.reminders.write({ raised });

    const staged = createDataFolder({ dataDir: target(), appVersion: '1.2.0' }).stageRestore(reseal(rest), en);
    expect(staged).toMatchObject({ ok: true, documents: 8 });
    applyPendingRestore(target(), en, now);
    const after = openStores({ dataDir: target(), StoreClass: Conf });
    expect(after.settings.read().settings.theme).toBe('dark');
    expect(after.supportContacts().read()).toEqual({ contacts: [contact] });
    expect(after.reminders.read()).toEqual({ raised });
  });
});

describe('the mailboxes in a backup', () => {
  const secret = 'app-password-Zq9!never-in-a-file';

  async function savedMailbox(dataDir: string) {
    const mailboxes = openDocumentStore({ ...mailboxesSpec, dataDir, StoreClass: Conf });
    const secrets = memorySecrets();
    const handlers = createMailboxHandlers({
      mailboxes,
      secrets,
      testConnection: async () => ({ ok: true, folders: ['INBOX', 'Junk'], idle: true }),
      now: () => now,
      translator: () => en,
      newId: () => 'imap-1',
    });
    await handlers['mailboxes.save']({
      config: {
        host: 'imap.example.com',
        port: 993,
        security: 'tls',
        signIn: 'password',
        user: 'seller@example.com',
        accountId: 'acct-1',
        marketplaceId: 'ATVPDKIKX0DER',
      },
      secret,
    });
    await handlers['mailboxes.test']({ id: 'imap-1' });
    expect(await secrets.get(mailboxSecretKey('imap-1'))).toBe(secret);
    return mailboxes;
  }

  it('hold each mailbox and its last test, never its password or token', async () => {
    const mailboxes = await savedMailbox(source());
    const text = backupOf(source());
    expect(text).not.toContain(secret);
    const backup = JSON.parse(text) as { documents: Record<string, { document: unknown }> };
    expect(backup.documents.mailboxes?.document).toEqual(mailboxes.read());
  });

  it('come back without their secrets', async () => {
    const mailboxes = await savedMailbox(source());
    createDataFolder({ dataDir: target(), appVersion: '1.2.0' }).stageRestore(backupOf(source()), en);
    applyPendingRestore(target(), en, now);
    const restored = openDocumentStore({ ...mailboxesSpec, dataDir: target(), StoreClass: Conf });
    expect(restored.read()).toEqual(mailboxes.read());
    expect(restored.read().mailboxes.map((m) => m.id)).toEqual(['imap-1']);
    for (const file of filesIn(target()))
      expect(fs.readFileSync(path.join(target(), file), 'utf8')).not.toContain(secret);
  });

  it('refuse a backup whose mailboxes do not fit their schema', async () => {
    await savedMailbox(source());
    const { checksum: _, ...rest } = JSON.parse(backupOf(source())) as Record<string, unknown>;
    const documents = rest.documents as Record<string, { document: { mailboxes: { port: number }[] } }>;
    documents.mailboxes!.document.mailboxes[0]!.port = 0;
    const staged = createDataFolder({ dataDir: target(), appVersion: '1.2.0' }).stageRestore(reseal(rest), en);
    expect(staged).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^the mailboxes in this backup cannot be used/),
    });
    expect(filesIn(target())).toEqual([]);
  });
});

/** The backup's fields with a checksum that matches them again. */
function reseal(rest: Record<string, unknown>): string {
  const { createdAt, appVersion, documents } = rest as unknown as Parameters<typeof writeBackup>[0];
  return writeBackup({ createdAt, appVersion, documents });
}
