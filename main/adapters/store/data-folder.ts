// The data folder as a whole: where it is, a backup of every store document in one file, and a
// restore from one. A restore never replaces files under a running app (its stores hold the data
// in memory and would write it back): the backup, once checked in full, waits in the folder as
// restore-pending.json, and the next start puts it in place before any store opens. The secrets
// are never in a backup (in the tray app they are sealed by this computer's keychain and useless
// elsewhere), nor are the sources' own caches (demo story, SP-API and mailbox reading progress),
// which they rebuild. A backup made before a store existed restores without it, and leaves that
// store's file as it is.
import fs from 'node:fs';
import path from 'node:path';
import type { DataFolder, RestoreStaged } from '../../app/ports';
import {
  backupFileName,
  readBackup,
  writeBackup,
  type BackedUpDocument,
  type BackupProblem,
  type DocumentCheck,
} from '../../core/backup/backup-file';
import type { Translator } from '../../core/i18n/translator';
import { accountsSpec } from './accounts-document';
import { decodeStoreFile } from './store-file';
import { documentProblem, schemaKeyOf } from './document-store';
import { supportContactsSpec, type DocumentSpec } from './documents';
import { mailboxesSpec } from './mailboxes-document';
import { remindersSpec } from './reminders-document';
import { rejectionText, type Rejection } from './recovery-message';
import { moveAside } from './set-aside';
import { storeSpecs } from './stores-table';

/** Every document a backup holds: the app's stores, and the accounts and mailboxes the composition opens itself. */
export const backedUpSpecs: readonly DocumentSpec<unknown>[] = [
  ...storeSpecs,
  accountsSpec,
  mailboxesSpec,
] as DocumentSpec<unknown>[];

/** The stores added after the first backup format: a backup from before them does not hold them. */
const addedSinceFirstBackups: readonly string[] = [supportContactsSpec, remindersSpec, mailboxesSpec].map(
  (spec) => spec.name,
);

export const pendingRestoreName = 'restore-pending.json';

export interface DataFolderOptions {
  dataDir: string;
  appVersion: string;
}

export function createDataFolder({ dataDir, appVersion }: DataFolderOptions): DataFolder {
  return {
    path: dataDir,
    backup(now) {
      const createdAt = now.toISOString();
      const documents = Object.fromEntries(backedUpSpecs.map((spec) => [spec.name, storedDocument(dataDir, spec)]));
      return { fileName: backupFileName(createdAt), text: writeBackup({ createdAt, appVersion, documents }) };
    },
    stageRestore(text, t): RestoreStaged {
      const read = readBackup(text, documentChecks(), addedSinceFirstBackups);
      if (!read.ok) return { ok: false, message: problemText(read.problem, t) };
      writeAtomically(path.join(dataDir, pendingRestoreName), text);
      return { ok: true, createdAt: read.backup.createdAt, documents: Object.keys(read.backup.documents).length };
    },
  };
}

export type PendingRestore =
  | { kind: 'restored'; createdAt: string }
  /** The waiting file could not be used after all (changed since): set aside, nothing replaced. */
  | { kind: 'refused'; message: string; movedTo: string };

/**
 * Puts a waiting restore in place, before any store of `dataDir` opens: checked again, then each
 * document written atomically, then the waiting file removed. A crash midway leaves the waiting
 * file, so the next start does it all again.
 */
export function applyPendingRestore(dataDir: string, t: Translator, now: Date): PendingRestore | null {
  const pending = path.join(dataDir, pendingRestoreName);
  let text: string;
  try {
    text = fs.readFileSync(pending, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const read = readBackup(text, documentChecks(), addedSinceFirstBackups);
  if (!read.ok) return { kind: 'refused', message: problemText(read.problem, t), movedTo: moveAside(pending, now) };
  for (const [name, stored] of Object.entries(read.backup.documents))
    writeAtomically(path.join(dataDir, `${name}.json`), JSON.stringify(stored));
  fs.rmSync(pending);
  return { kind: 'restored', createdAt: read.backup.createdAt };
}

/** A store's file as it is on disk; its defaults at the current version when it was never written. */
function storedDocument(dataDir: string, spec: DocumentSpec<unknown>): BackedUpDocument {
  const file = path.join(dataDir, `${spec.name}.json`);
  if (!fs.existsSync(file)) return { schemaVersion: (spec.migrations?.length ?? 0) + 1, document: spec.defaults };
  const { schemaVersion, document } = decodeStoreFile(fs.readFileSync(file, 'utf8'), schemaKeyOf(spec.schema));
  return { schemaVersion, document };
}

function documentChecks(): Record<string, DocumentCheck<Rejection>> {
  return Object.fromEntries(
    backedUpSpecs.map((spec) => [spec.name, (stored: BackedUpDocument) => documentProblem(spec, stored)]),
  );
}

function problemText(problem: BackupProblem<Rejection>, t: Translator): string {
  const label = (name: string) => {
    const spec = backedUpSpecs.find((s) => s.name === name);
    return spec ? t.t(spec.label) : name;
  };
  switch (problem.kind) {
    case 'newerFormat':
      return t.t('backup.problem.newerFormat', { version: problem.version });
    case 'missing':
      return t.t('backup.problem.missing', { label: label(problem.name) });
    case 'unexpected':
      return t.t('backup.problem.unexpected', { name: problem.name });
    case 'document':
      return t.t('backup.problem.document', { label: label(problem.name), reason: rejectionText(problem.reason, t) });
    default:
      return t.t(`backup.problem.${problem.kind}`);
  }
}

/** Through a private temporary file and a rename, so a crash never leaves half a file. */
function writeAtomically(file: string, text: string): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, text, { mode: 0o600 });
  const handle = fs.openSync(partial, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(partial, file);
}
