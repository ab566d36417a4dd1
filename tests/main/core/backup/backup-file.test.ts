import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  readBackup,
  writeBackup,
  type BackedUpDocument,
  type BackupContents,
  type DocumentCheck,
} from '../../../../main/core/backup/backup-file';

const contents: BackupContents = {
  createdAt: '2026-11-26T19:30:00.000Z',
  appVersion: '1.2.0',
  documents: {
    settings: { schemaVersion: 4, document: { settings: { theme: 'dark' } } },
    inbox: { schemaVersion: 1, document: { notifications: [{ id: 'n-1', title: '账户状况 at risk' }] } },
  },
};

/** Accepts any document whose version is at most 4; answers its reason otherwise. */
const upToFour: DocumentCheck<string> = ({ schemaVersion }: BackedUpDocument) =>
  schemaVersion <= 4 ? null : `version ${schemaVersion}`;
const checks = { settings: upToFour, inbox: upToFour };

function edited(change: (value: Record<string, unknown>) => void): string {
  const value = JSON.parse(writeBackup(contents)) as Record<string, unknown>;
  change(value);
  return JSON.stringify(value);
}

describe('writeBackup and readBackup', () => {
  it('reads back exactly what was written', () => {
    expect(readBackup(writeBackup(contents), checks)).toEqual({ ok: true, backup: contents });
  });

  it('marks the file as a Flagwatch backup of format 1 with a CRC-32 checksum', () => {
    expect(JSON.parse(writeBackup(contents))).toMatchObject({
      format: 'flagwatch-backup',
      formatVersion: 1,
      checksum: expect.stringMatching(/^crc32:[0-9a-f]{8}$/),
    });
  });

  it('still reads a backup whose layout changed but not its content (pretty-printed by an editor)', () => {
    const pretty = JSON.stringify(JSON.parse(writeBackup(contents)), null, 2);
    expect(readBackup(pretty, checks).ok).toBe(true);
  });
});

describe('a backup from before a document existed', () => {
  it('is read without it when the document is one it may lack', () => {
    const older = writeBackup(contents);
    expect(readBackup(older, { ...checks, contacts: upToFour }, ['contacts'])).toEqual({
      ok: true,
      backup: contents,
    });
  });
});

describe('readBackup refuses', () => {
  it('an empty file', () => {
    expect(readBackup('  \n', checks)).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('a file cut short', () => {
    const text = writeBackup(contents);
    expect(readBackup(text.slice(0, text.length - 10), checks)).toEqual({ ok: false, problem: { kind: 'notJson' } });
    expect(readBackup(text.slice(0, -1), checks)).toEqual({ ok: false, problem: { kind: 'notJson' } });
  });

  it('JSON that is not a Flagwatch backup', () => {
    for (const foreign of ['[]', 'null', '{"schemaVersion":1,"document":{}}', '{"format":"other","formatVersion":1}'])
      expect(readBackup(foreign, checks)).toEqual({ ok: false, problem: { kind: 'foreign' } });
  });

  it('a backup of a newer format, naming it', () => {
    expect(
      readBackup(
        edited((v) => (v.formatVersion = 2)),
        checks,
      ),
    ).toEqual({
      ok: false,
      problem: { kind: 'newerFormat', version: 2 },
    });
  });

  it('a backup changed after it was made, even by one character', () => {
    const text = writeBackup(contents).replace('账户状况 at risk', '账户状况 at riSk');
    expect(readBackup(text, checks)).toEqual({ ok: false, problem: { kind: 'damaged' } });
  });

  it('a backup whose checksum is missing or malformed', () => {
    expect(
      readBackup(
        edited((v) => delete v.checksum),
        checks,
      ),
    ).toEqual({ ok: false, problem: { kind: 'damaged' } });
    expect(
      readBackup(
        edited((v) => (v.checksum = 'sha1:abc')),
        checks,
      ),
    ).toEqual({
      ok: false,
      problem: { kind: 'damaged' },
    });
  });

  it('a backup that lacks a document this version keeps', () => {
    const withoutInbox = writeBackup({ ...contents, documents: { settings: contents.documents.settings! } });
    expect(readBackup(withoutInbox, checks)).toEqual({ ok: false, problem: { kind: 'missing', name: 'inbox' } });
  });

  it('a backup that lacks a document it may lack, but holds another it may lack that is unusable', () => {
    const withNewer = writeBackup({
      ...contents,
      documents: { settings: contents.documents.settings!, inbox: { schemaVersion: 9, document: {} } },
    });
    expect(readBackup(withNewer, { ...checks, contacts: upToFour }, ['contacts', 'inbox'])).toEqual({
      ok: false,
      problem: { kind: 'document', name: 'inbox', reason: 'version 9' },
    });
  });

  it('a backup that holds a document this version does not know', () => {
    const extra = writeBackup({
      ...contents,
      documents: { ...contents.documents, secrets: { schemaVersion: 1, document: {} } },
    });
    expect(readBackup(extra, checks)).toEqual({ ok: false, problem: { kind: 'unexpected', name: 'secrets' } });
  });

  it('a document its own check refuses, with the check’s reason', () => {
    const newer = writeBackup({
      ...contents,
      documents: { ...contents.documents, inbox: { schemaVersion: 5, document: {} } },
    });
    expect(readBackup(newer, checks)).toEqual({
      ok: false,
      problem: { kind: 'document', name: 'inbox', reason: 'version 5' },
    });
  });

  it('a name that only an object prototype has', () => {
    const sneaky = writeBackup({
      ...contents,
      documents: { ...contents.documents, constructor: { schemaVersion: 1, document: {} } },
    });
    expect(readBackup(sneaky, checks)).toEqual({ ok: false, problem: { kind: 'unexpected', name: 'constructor' } });
  });
});

describe('backupFileName', () => {
  it('names the file after the day it was made', () => {
    expect(backupFileName('2026-11-26T19:30:00.000Z')).toBe('flagwatch-backup-2026-11-26.json');
  });
});
