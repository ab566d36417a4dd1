import Conf from 'conf';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  openDocumentStore,
  type DocumentStoreOptions,
  type Migration,
} from '../../../../main/adapters/store/document-store';
import { RejectedWriteError } from '../../../../main/adapters/store/store-errors';
import { contentsOf, filesIn, useDataDir } from './data-dir';

const NotesSchema = z.object({
  notes: z.array(z.object({ id: z.string().min(1), text: z.string() })),
  counts: z.record(z.string(), z.number()),
});
type Notes = z.infer<typeof NotesSchema>;

const empty: Notes = { notes: [], counts: {} };
const first: Notes = {
  notes: [{ id: 'n1', text: 'Late Shipment Rate above target' }],
  counts: { 'orderDefectRate.mfn': 2 },
};
const second: Notes = {
  notes: [...first.notes, { id: 'n2', text: 'Valid Tracking Rate below target' }],
  counts: { 'orderDefectRate.mfn': 3 },
};

const dataDir = useDataDir();
const file = () => path.join(dataDir(), 'notes.json');
const backup = () => path.join(dataDir(), 'notes.backup.json');
const at = new Date('2026-11-02T09:30:00.000Z');
const asideName = 'notes.corrupt-2026-11-02T09-30-00-000Z.json';

/** Everything but the document's shape, to open the same file under other schemas and versions. */
const where = () => ({
  StoreClass: Conf,
  dataDir: dataDir(),
  name: 'notes',
  // A test store borrows the inbox's words.
  label: 'store.inbox.label' as const,
  startsOver: 'store.inbox.startsOver' as const,
  now: () => at,
});

function open(overrides: Partial<DocumentStoreOptions<Notes>> = {}) {
  return openDocumentStore<Notes>({ ...where(), schema: NotesSchema, defaults: empty, ...overrides });
}

/** Leaves `second` in the file and `first` as its last good copy. */
function secondWithBackupOfFirst(): void {
  open().write(first);
  open().write(second);
}

describe('a document store', () => {
  it('starts from a copy of the defaults when there is no file, and creates no file before the first write', () => {
    const store = open();
    expect(store.read()).toEqual(empty);
    expect(store.read()).not.toBe(empty);
    expect(store.recovery).toBeNull();
    expect(filesIn(dataDir())).toEqual([]);
  });

  it('reads back after reopening what was written', () => {
    open().write(second);
    expect(open().read()).toEqual(second);
  });

  it('writes a JSON file holding the document and its format version, dotted names kept as one key', () => {
    open().write(first);
    const onDisk = JSON.parse(fs.readFileSync(file(), 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 1, document: first });
    expect(Object.keys(onDisk.document.counts)).toEqual(['orderDefectRate.mfn']);
  });

  it('parses the file once on opening, and not again to write it', () => {
    open().write(second);
    const parse = vi.spyOn(JSON, 'parse');
    const parsesOfTheFile = () => parse.mock.calls.filter(([text]) => text.includes('"schemaVersion"')).length;
    try {
      const store = open();
      expect(parsesOfTheFile()).toBe(1);
      store.write(first);
      store.write(second);
      expect(parsesOfTheFile()).toBe(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('serves reads from memory once open', () => {
    const store = open();
    store.write(first);
    fs.rmSync(file());
    expect(store.read()).toEqual(first);
  });

  it('refuses a write that breaks the schema, naming the problem, and leaves the file and the value as they were', () => {
    const store = open();
    store.write(first);
    const before = contentsOf(dataDir());
    const invalid = { notes: [{ id: '', text: 'no id' }], counts: {} };
    expect(() => store.write(invalid)).toThrow(RejectedWriteError);
    expect(() => store.write(invalid)).toThrow(/^Refused to save the inbox: notes\.0\.id: /);
    expect(contentsOf(dataDir())).toEqual(before);
    expect(store.read()).toEqual(first);
  });

  it('names the first three problems of a badly broken value and counts the rest', () => {
    const broken = { notes: Array.from({ length: 5 }, () => ({ id: '', text: '' })), counts: {} };
    expect(() => open().write(broken)).toThrow(/notes\.2\.id: .*\(and 2 more\)$/);
  });

  it('saves, and reads back, what beforeWrite makes of each validated value', () => {
    const latestOnly = (notes: Notes): Notes => ({ ...notes, notes: notes.notes.slice(-1) });
    const store = open({ beforeWrite: latestOnly });
    store.write(second);
    expect(store.read().notes).toEqual([second.notes[1]]);
    expect(open().read().notes).toEqual([second.notes[1]]);
  });

  it.runIf(process.platform !== 'win32')('makes the file readable by its owner only', () => {
    open().write(first);
    expect(fs.statSync(file()).mode & 0o777).toBe(0o600);
  });
});

describe('the backup', () => {
  it('is refreshed from a file that opened cleanly, never by a write', () => {
    open().write(first);
    const firstBytes = fs.readFileSync(file(), 'utf8');
    expect(fs.existsSync(backup())).toBe(false);
    open().write(second);
    expect(fs.readFileSync(backup(), 'utf8')).toBe(firstBytes);
  });

  it('is never overwritten by a damaged file', () => {
    secondWithBackupOfFirst();
    const good = fs.readFileSync(backup(), 'utf8');
    fs.writeFileSync(file(), '{"schemaVersion":1,"document":{"notes":[');
    open();
    expect(fs.readFileSync(backup(), 'utf8')).toBe(good);
  });
});

describe('a damaged file', () => {
  it('truncated: is moved aside byte for byte, the last good copy comes back, and the user is told where the file went', () => {
    secondWithBackupOfFirst();
    const damaged = fs.readFileSync(file(), 'utf8').slice(0, 150);
    fs.writeFileSync(file(), damaged);

    const store = open();

    const movedTo = path.join(dataDir(), asideName);
    expect(store.read()).toEqual(first);
    expect(fs.readFileSync(movedTo, 'utf8')).toBe(damaged);
    expect(store.recovery).toEqual({ file: file(), movedTo, restoredFromBackup: true, message: expect.any(String) });
    expect(store.recovery?.message).toMatch(
      /^Flagwatch could not use your inbox file because it is not valid JSON \(.+\)\. /,
    );
    expect(store.recovery?.message).toMatch(
      / It restored the last good copy, taken when Flagwatch last opened the file; changes made after that are lost\. The damaged file was kept as (.+)\.$/,
    );
    expect(store.recovery?.message.endsWith(`kept as ${movedTo}.`)).toBe(true);
    const reopened = open();
    expect([reopened.read(), reopened.recovery]).toEqual([first, null]);
  });

  it('of garbage bytes: is treated the same, its bytes kept', () => {
    secondWithBackupOfFirst();
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0x80, 0x13]);
    fs.writeFileSync(file(), garbage);

    const store = open();

    expect(store.read()).toEqual(first);
    expect(store.recovery?.restoredFromBackup).toBe(true);
    expect(fs.readFileSync(path.join(dataDir(), asideName)).equals(garbage)).toBe(true);
  });

  it('whose content breaks the schema (a note without its id): is treated the same', () => {
    secondWithBackupOfFirst();
    const invalid = JSON.stringify({ schemaVersion: 1, document: { notes: [{ text: 'no id' }], counts: {} } });
    fs.writeFileSync(file(), invalid);

    const store = open();

    expect(store.read()).toEqual(first);
    expect(fs.readFileSync(path.join(dataDir(), asideName), 'utf8')).toBe(invalid);
    expect(store.recovery?.message).toMatch(/because its content is not what Flagwatch expects: notes\.0\.id: /);
  });

  it('that is JSON but not a store file: is treated the same', () => {
    fs.writeFileSync(file(), '{"notes":[]}');
    expect(open().recovery?.message).toMatch(/because it is not a Flagwatch data file/);
  });

  it('edited under its seal: is still validated', () => {
    open().write(first);
    fs.writeFileSync(file(), fs.readFileSync(file(), 'utf8').replace('"id":"n1"', '"id":""'));
    expect(open().recovery?.message).toMatch(/notes\.0\.id: /);
  });

  it('with no backup: gives way to the defaults, and the user is told so', () => {
    fs.writeFileSync(file(), '');

    const store = open();

    expect(store.read()).toEqual(empty);
    expect(store.recovery?.restoredFromBackup).toBe(false);
    expect(store.recovery?.message).toBe(
      'Flagwatch could not use your inbox file because it is empty. There was no good copy to restore, so the inbox starts empty and fills again at the next check. ' +
        `The damaged file was kept as ${path.join(dataDir(), asideName)}.`,
    );
  });

  it('with a damaged backup: gives way to the defaults, and the user is told why the backup did not help', () => {
    secondWithBackupOfFirst();
    fs.writeFileSync(backup(), 'not json');
    fs.writeFileSync(file(), '');

    const store = open();

    expect(store.read()).toEqual(empty);
    expect(store.recovery?.message).toMatch(
      /Its backup copy could not be used either, because it is not valid JSON \(.*\), so the inbox starts empty and fills again at the next check\./,
    );
  });

  it('never replaces an earlier damaged file moved aside at the same moment', () => {
    fs.writeFileSync(file(), 'first damage');
    open();
    fs.writeFileSync(file(), 'second damage');
    const store = open();

    const secondAside = asideName.replace('.json', '-2.json');
    expect(store.recovery?.movedTo).toBe(path.join(dataDir(), secondAside));
    expect(contentsOf(dataDir())).toMatchObject({ [asideName]: 'first damage', [secondAside]: 'second damage' });
  });

  it('is told apart from a file that cannot be read at all, which is left alone', () => {
    fs.mkdirSync(file());
    expect(() => open()).toThrow(/EISDIR/);
    expect(filesIn(dataDir())).toEqual(['notes.json']);
  });
});

describe('versions', () => {
  const LinesSchema = z.object({ lines: z.array(z.string()) });
  const NotesV2Schema = NotesSchema.omit({ counts: true });
  const toV2: Migration = (lines) => ({
    notes: (lines as { lines: string[] }).lines.map((text, i) => ({ id: `n${i + 1}`, text })),
  });
  const toV3: Migration = (notes) => ({ ...(notes as object), counts: {} });

  function recording(calls: string[]): Migration[] {
    return [(doc) => (calls.push('1→2'), toV2(doc)), (doc) => (calls.push('2→3'), toV3(doc))];
  }

  it('upgrades an older file through each migration in turn, saves the result, and never upgrades it twice', () => {
    openDocumentStore({ ...where(), schema: LinesSchema, defaults: { lines: [] } }).write({
      lines: ['Late Shipment Rate above target'],
    });
    const calls: string[] = [];

    const store = open({ migrations: recording(calls) });

    const upgraded = { notes: [{ id: 'n1', text: 'Late Shipment Rate above target' }], counts: {} };
    expect(store.read()).toEqual(upgraded);
    expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toMatchObject({ schemaVersion: 3, document: upgraded });
    expect(open({ migrations: recording(calls) }).read()).toEqual(upgraded);
    expect(calls).toEqual(['1→2', '2→3']);
  });

  it('starts upgrading from the version the file has', () => {
    openDocumentStore({ ...where(), schema: NotesV2Schema, defaults: { notes: [] }, migrations: [toV2] }).write({
      notes: [],
    });
    const calls: string[] = [];
    open({ migrations: recording(calls) });
    expect(calls).toEqual(['2→3']);
  });

  it('treats a file that fails to upgrade as damaged, keeping it', () => {
    open().write(first);
    const failing: Migration = () => {
      throw new Error('no notes to number');
    };

    const store = open({ migrations: [failing] });

    expect(store.read()).toEqual(empty);
    expect(store.recovery?.message).toMatch(
      /because it could not be upgraded from data format 1 \(no notes to number\)/,
    );
    expect(JSON.parse(fs.readFileSync(path.join(dataDir(), asideName), 'utf8'))).toMatchObject({ document: first });
  });

  it('moves a file from a newer version aside untouched and goes on with its last good copy', () => {
    secondWithBackupOfFirst();
    // As a newer Flagwatch would leave it: its data format is above this one's.
    const newer = fs.readFileSync(file(), 'utf8').replace('"schemaVersion":1', '"schemaVersion":2');
    fs.writeFileSync(file(), newer);

    const store = open();

    const movedTo = path.join(dataDir(), 'notes.newer-2026-11-02T09-30-00-000Z.json');
    expect(fs.readFileSync(movedTo, 'utf8')).toBe(newer);
    expect(store.read()).toEqual(first);
    expect(store.recovery).toEqual({ file: file(), movedTo, restoredFromBackup: true, message: expect.any(String) });
    expect(store.recovery?.message).toBe(
      'Flagwatch could not use your inbox file because it was saved by a newer version of Flagwatch (data format 2). ' +
        'It restored the last good copy, taken when Flagwatch last opened the file; changes made after that are lost. ' +
        `The file was kept, untouched, as ${movedTo}: a newer Flagwatch can still open it.`,
    );
  });

  it('starts from the defaults when the backup is from a newer version too, saying why', () => {
    const identity: Migration = (doc) => doc;
    open({ migrations: [identity] }).write(first);
    open({ migrations: [identity] }).write(second);

    const store = open();

    expect(store.read()).toEqual(empty);
    expect(store.recovery?.restoredFromBackup).toBe(false);
    expect(store.recovery?.message).toMatch(
      /Its backup copy could not be used either, because it was saved by a newer version of Flagwatch \(data format 2\)/,
    );
    expect(fs.readFileSync(backup(), 'utf8')).toContain('"schemaVersion":2');
  });
});

describe('the seal', () => {
  it('lets a valid file edited by hand through, after validating it in full', () => {
    open().write(first);
    const edited = { schemaVersion: 1, document: { ...first, notes: [{ id: 'n1', text: 'Edited by hand' }] } };
    fs.writeFileSync(file(), JSON.stringify(edited, null, 2));

    const store = open();

    expect(store.read()).toEqual(edited.document);
    expect(store.recovery).toBeNull();
  });

  it('does not vouch for a file written under another schema of the same version', () => {
    open().write({ notes: [{ id: 'n1', text: '' }], counts: {} });
    const stricter = NotesSchema.extend({
      notes: z.array(z.object({ id: z.string().min(1), text: z.string().min(1) })),
    });

    const store = open({ schema: stricter });

    expect(store.recovery?.message).toMatch(/notes\.0\.text: /);
  });
});
