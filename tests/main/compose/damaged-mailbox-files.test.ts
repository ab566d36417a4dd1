// The mailbox files of a data folder (mailboxes.json, the configs; email-state-<id>.json, each
// mailbox's reading progress), damaged every way the other store files are in
// damaged-store-files.test.ts: each is moved aside byte for byte, its last good copy comes back,
// the message says so in the user's words, and neither the damaged file nor the backup is
// overwritten. Opened as the stores the hosts open, one by one.
import Conf from 'conf';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPathOf } from '../../../main/adapters/store/backup';
import { openDocumentStore } from '../../../main/adapters/store/document-store';
import type { DocumentSpec } from '../../../main/adapters/store/documents';
import { mailboxesSpec } from '../../../main/adapters/store/mailboxes-document';
import { emailSourceStateSpec } from '../../../main/compose/open-email-source';
import type { MailboxesDocument } from '../../../main/core/mailbox/mailbox-commands';
import type { EmailSourceState } from '../../../main/sources/email';
import { mailboxConfig } from '../../support/mailbox-config';

const mailboxes: MailboxesDocument = {
  mailboxes: [mailboxConfig({ id: 'imap-1' })],
  lastTests: {
    'imap-1': { at: '2026-11-26T19:00:00.000Z', result: { ok: true, folders: ['INBOX', 'Junk'], message: 'ok' } },
  },
};
const progress: EmailSourceState = {
  folders: { INBOX: { uidValidity: '1700000000', lastUid: 4211 }, Junk: { uidValidity: '1700000001', lastUid: 17 } },
  noticeKeys: ['<notice-1@amazon.com>', '<notice-2@amazon.com>'],
};
const cases: [string, DocumentSpec<unknown>, unknown][] = [
  ['mailboxes', mailboxesSpec as DocumentSpec<unknown>, mailboxes],
  ['email-state-imap-1', emailSourceStateSpec('imap-1') as DocumentSpec<unknown>, progress],
];

let template: string;
const folders: string[] = [];
const open = (spec: DocumentSpec<unknown>, dataDir: string) =>
  openDocumentStore({ ...spec, dataDir, StoreClass: Conf, now: () => new Date('2026-11-26T20:00:00.000Z') });

beforeAll(() => {
  template = mkdtempSync(path.join(tmpdir(), 'flagwatch-mail-damage-'));
  for (const [, spec, good] of cases) {
    open(spec, template).write(good);
    // The second opening takes the last good copy.
    expect(open(spec, template).recovery).toBeNull();
  }
});

afterAll(() => {
  for (const folder of [template, ...folders]) rmSync(folder, { recursive: true, force: true });
});

const damages: [string, (good: string) => string][] = [
  ['corrupt', () => '\u0000\u00ff{{ not json at all'],
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['empty', () => ''],
  ['from a newer Flagwatch', (good) => good.replace(/"schemaVersion":\d+/, '"schemaVersion":99')],
];

describe.each(damages)('a %s mailbox file', (_, damage) => {
  it.each(cases)('%s: moved aside, backup restored, user told', (name, spec, good) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'flagwatch-mail-damage-'));
    folders.push(dataDir);
    cpSync(template, dataDir, { recursive: true });
    const file = path.join(dataDir, `${name}.json`);
    const backupBefore = readFileSync(backupPathOf(file), 'utf8');
    const damaged = damage(readFileSync(file, 'utf8'));
    writeFileSync(file, damaged);

    const store = open(spec, dataDir);
    expect(store.read()).toEqual(good);
    expect(store.recovery).toMatchObject({ file, restoredFromBackup: true });
    expect(store.recovery?.message).toMatch(/^Flagwatch could not use your .+ file because /);
    expect(readFileSync(store.recovery!.movedTo, 'utf8')).toBe(damaged);
    expect(readFileSync(backupPathOf(file), 'utf8')).toBe(backupBefore);
    // Opened again, it is a good file: nothing more to recover.
    expect(open(spec, dataDir).recovery).toBeNull();
  });
});
