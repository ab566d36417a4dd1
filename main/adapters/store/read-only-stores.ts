// The data folder's stores for commands that only read it (`flagwatch appeals`, `digest`), which
// take no lock and may run beside the app that holds it. Nothing here ever writes: a damaged
// file is read from its last good copy but left where it is (moving it aside, or writing the copy
// back, is for the app that owns the folder, the next time it opens it), no backup is refreshed,
// an older format is upgraded in memory only. Each file is read whole at once and the app
// replaces files by renaming, so a read sees one complete version of each file.
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentStore, Stores } from '../../app/ports';
import type { Translator } from '../../core/i18n/translator';
import { readBackup } from './backup';
import { loadDocument, schemaKeyOf, type DocumentStoreOptions, type Loaded } from './document-store';
import type { DocumentSpec } from './documents';
import { rejectionText, type Rejection } from './recovery-message';
import { decodeStoreFile, UnreadableStoreFileError } from './store-file';
import { storesFromTable } from './stores-table';

/** A file that could not be used, read from its last good copy (or its defaults) instead. */
export interface UnusedFile {
  file: string;
  label: DocumentSpec<unknown>['label'];
  reason: Rejection;
  usedBackup: boolean;
}

export class ReadOnlyStoreError extends Error {
  override name = 'ReadOnlyStoreError';
}

/** One store file read as it is on disk; `unused` set when it could not be. */
export function readDocument<T>(
  spec: DocumentSpec<T>,
  dataDir: string,
): { store: DocumentStore<T>; unused: UnusedFile | null } {
  const file = path.resolve(dataDir, `${spec.name}.json`);
  const text = readText(file);
  const loaded = text === null ? null : loadText(spec, text);
  if (loaded === null || loaded.kind === 'valid')
    return { store: fixed(spec, loaded?.document ?? structuredClone(spec.defaults)), unused: null };
  const backupText = readBackup(file);
  const backup = backupText === null ? null : loadText(spec, backupText);
  const usedBackup = backup?.kind === 'valid';
  const reason =
    loaded.kind === 'newer'
      ? { key: 'store.reason.newer' as const, values: { version: loaded.version } }
      : loaded.reason;
  return {
    store: fixed(spec, usedBackup ? backup.document : structuredClone(spec.defaults)),
    unused: { file, label: spec.label, reason, usedBackup },
  };
}

/** Every store of the folder, read-only; `recoveries` words each file that could not be used. */
export function openStoresToRead(dataDir: string): Stores {
  const unused: UnusedFile[] = [];
  const open = <T>(spec: DocumentSpec<T>): DocumentStore<T> => {
    const read = readDocument(spec, dataDir);
    if (read.unused) unused.push(read.unused);
    return read.store;
  };
  // All at once, not on first use: a command says what it could not use before it answers.
  const now = <T>(spec: DocumentSpec<T>) => {
    const store = open(spec);
    return () => store;
  };
  return {
    ...storesFromTable({ atOnce: open, onFirstUse: now }),
    // Nothing is moved: the file is named where it still is.
    recoveries: (t) =>
      unused.map((each) => ({
        file: each.file,
        movedTo: each.file,
        restoredFromBackup: each.usedBackup,
        message: unusedFileText(each, t),
      })),
  };
}

export function unusedFileText({ label, reason, usedBackup }: UnusedFile, t: Translator): string {
  const gap = t.locale === 'zh-CN' ? '' : ' ';
  return [
    t.t('store.recovery.what', { label: t.t(label), reason: rejectionText(reason, t) }),
    t.t(usedBackup ? 'store.readOnly.usedBackup' : 'store.readOnly.usedDefaults'),
    t.t('store.readOnly.leftAsIs'),
  ].join(gap);
}

function fixed<T>(spec: DocumentSpec<T>, document: T): DocumentStore<T> {
  return {
    read: () => document,
    write: () => {
      throw new ReadOnlyStoreError(`the ${spec.name} file was opened to read only`);
    },
  };
}

function loadText<T>(spec: Pick<DocumentStoreOptions<T>, 'schema' | 'migrations'>, text: string): Loaded<T> {
  const migrations = spec.migrations ?? [];
  try {
    return loadDocument(
      decodeStoreFile(text, schemaKeyOf(spec.schema)),
      migrations.length + 1,
      migrations,
      spec.schema,
    );
  } catch (error) {
    if (error instanceof UnreadableStoreFileError) return { kind: 'invalid', reason: error.reason };
    throw error;
  }
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
