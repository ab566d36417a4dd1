// One JSON document in one file, over a conf-compatible class: validated on opening and on every
// write, upgraded through versioned migrations, held in memory so reads cost nothing, and
// recovered when damaged (moved aside, last good backup restored, the user told). A file from a
// newer Flagwatch is treated alike: kept aside untouched for that version, and this one goes on
// with its last good copy, so the app keeps running on any data folder.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { StoreRecovery } from '../../../preload/contract';
import type { DocumentStore } from '../../app/ports';
import type { MessageKey } from '../../core/i18n/catalogue';
import { readBackup, refreshBackup } from './backup';
import type { ConfClass, ConfInstance } from './conf-class';
import { english, storeRecovery, type RecoveryFacts, type Rejection } from './recovery-message';
import { moveAside } from './set-aside';
import { RejectedWriteError, describeFirstIssues, firstIssues } from './store-errors';
import { UnreadableStoreFileError, decodeStoreFile, storeFileCodec, type StoreFileRead } from './store-file';

/** Turns a document of one version into the next. Pure; throws on data it cannot upgrade. */
export type Migration = (document: unknown) => unknown;

export interface DocumentStoreOptions<T> {
  StoreClass: ConfClass;
  dataDir: string;
  /** The file's name without extension: one file per concern. */
  name: string;
  /** The store in the user's words, for messages: 'inbox', 'saved appeals'. */
  label: MessageKey;
  /** What starting from the defaults means to the user, completing "so ...". */
  startsOver: MessageKey;
  /**
   * Changing it needs a migration: the schema's fingerprint is part of every file's seal, so files
   * written under an older schema are re-validated in full rather than trusted.
   */
  schema: z.core.$ZodType<T>;
  defaults: T;
  /**
   * migrations[i] upgrades a version i+1 document to version i+2: the current version is
   * migrations.length + 1, so a new document shape is one appended function.
   */
  migrations?: readonly Migration[];
  /** Applied to every value after it is validated, before it is written (e.g. history retention). */
  beforeWrite?: (value: T) => T;
  /** Dates the name of a damaged file moved aside. */
  now?: () => Date;
}

export interface OpenedDocumentStore<T> extends DocumentStore<T> {
  readonly path: string;
  /** Set when the file was found damaged on opening and moved aside; its message in English, for the log. */
  readonly recovery: StoreRecovery | null;
  /** The same, as facts to put in the words of the app's language. */
  readonly recoveryFacts: RecoveryFacts | null;
}

export type Loaded<T> =
  | { kind: 'valid'; document: T; upgraded: boolean }
  | { kind: 'invalid'; reason: Rejection }
  | { kind: 'newer'; version: number };

/** What opening one store needs, worked out once from its options. */
interface Opening<T> {
  options: DocumentStoreOptions<T>;
  file: string;
  version: number;
  schemaKey: string;
  construct: () => ConfInstance;
  lastRead: () => StoreFileRead | undefined;
  load: (read: StoreFileRead) => Loaded<T>;
}

export function openDocumentStore<T>(options: DocumentStoreOptions<T>): OpenedDocumentStore<T> {
  const opening = prepare(options);
  const first = openFile(opening);
  // An unreadable file makes conf throw while constructing: it is built again once the file is aside.
  if (first.kind === 'unreadable') return recover(opening, null, first.reason);
  const { conf, loaded } = first;
  if (loaded === null) return liveStore(opening, conf, structuredClone(options.defaults), null);
  if (loaded.kind === 'newer') return recover(opening, conf, newerReason(loaded.version), 'newer');
  if (loaded.kind === 'invalid') return recover(opening, conf, loaded.reason);
  if (loaded.upgraded) conf.store = { schemaVersion: opening.version, document: loaded.document };
  refreshBackup(opening.file);
  return liveStore(opening, conf, loaded.document, null);
}

function prepare<T>(options: DocumentStoreOptions<T>): Opening<T> {
  const migrations = options.migrations ?? [];
  const version = migrations.length + 1;
  const schemaKey = schemaKeyOf(options.schema);
  const codec = storeFileCodec(schemaKey);
  const file = path.resolve(options.dataDir, `${options.name}.json`);
  return {
    options,
    file,
    version,
    schemaKey,
    construct: () =>
      new options.StoreClass({
        cwd: path.dirname(file),
        configName: options.name,
        name: options.name,
        fileExtension: 'json',
        accessPropertiesByDotNotation: false,
        watch: false,
        clearInvalidConfig: false,
        configFileMode: 0o600,
        serialize: codec.serialize,
        deserialize: codec.deserialize,
      }),
    lastRead: codec.lastRead,
    load: (read) => loadDocument(read, version, migrations, options.schema),
  };
}

/** The schema's fingerprint, part of every seal: files written under another schema are validated in full. */
export function schemaKeyOf(schema: z.core.$ZodType): string {
  return JSON.stringify(z.toJSONSchema(schema));
}

/** The file as conf opened it: null when there is none yet. */
function openFile<T>(
  opening: Opening<T>,
): { kind: 'unreadable'; reason: Rejection } | { kind: 'opened'; conf: ConfInstance; loaded: Loaded<T> | null } {
  try {
    const conf = opening.construct();
    // conf parses the file while constructing; the codec kept that parse, so it is not repeated.
    const read = opening.lastRead();
    if (read === undefined && fs.existsSync(opening.file))
      throw new Error(`${opening.file} was not read on opening: this conf version is not supported`);
    return { kind: 'opened', conf, loaded: read === undefined ? null : opening.load(read) };
  } catch (error) {
    if (error instanceof UnreadableStoreFileError) return { kind: 'unreadable', reason: error.reason };
    throw error;
  }
}

/** Moves the damaged file aside, brings back the backup if it is good, and says what happened. */
function recover<T>(
  opening: Opening<T>,
  conf: ConfInstance | null,
  reason: Rejection,
  asideAs: 'corrupt' | 'newer' = 'corrupt',
): OpenedDocumentStore<T> {
  const { options, file, version } = opening;
  const movedTo = moveAside(file, (options.now ?? (() => new Date()))(), asideAs);
  const store = conf ?? opening.construct();
  const backup = loadBackup(opening);
  const restored = backup?.kind === 'valid';
  if (restored) store.store = { schemaVersion: version, document: backup.document };
  const facts: RecoveryFacts = {
    file,
    label: options.label,
    reason,
    movedTo,
    backup: restored ? { restored: true } : { restored: false, problem: backup ? backupProblem(backup) : null },
    startsOver: options.startsOver,
  };
  const document = restored ? backup.document : structuredClone(options.defaults);
  return liveStore(opening, store, document, facts);
}

/** A file's contents as this store's document: upgraded and validated, or why it cannot be. */
export function loadDocument<T>(
  read: StoreFileRead,
  version: number,
  migrations: readonly Migration[],
  schema: z.core.$ZodType<T>,
): Loaded<T> {
  if (read.schemaVersion > version) return { kind: 'newer', version: read.schemaVersion };
  // The seal proves this very schema validated exactly these bytes when they were written.
  if (read.schemaVersion === version && read.sealed)
    return { kind: 'valid', document: read.document as T, upgraded: false };
  let document = read.document;
  for (const [step, migrate] of migrations.slice(read.schemaVersion - 1).entries()) {
    try {
      document = migrate(document);
    } catch (error) {
      const from = read.schemaVersion + step;
      return {
        kind: 'invalid',
        reason: { key: 'store.reason.notUpgradable', values: { from, detail: (error as Error).message } },
      };
    }
  }
  const result = z.safeParse(schema, document);
  if (!result.success)
    return {
      kind: 'invalid',
      reason: { key: 'store.reason.unexpected', values: { detail: firstIssues(result.error) } },
    };
  return { kind: 'valid', document: result.data, upgraded: read.schemaVersion < version };
}

/** The backup, loaded like the file itself; null when there is none. */
function loadBackup<T>({ file, schemaKey, load }: Opening<T>): Loaded<T> | null {
  const text = readBackup(file);
  if (text === null) return null;
  try {
    return load(decodeStoreFile(text, schemaKey));
  } catch (error) {
    if (error instanceof UnreadableStoreFileError) return { kind: 'invalid', reason: error.reason };
    throw error;
  }
}

/** Whether a document of its version could be opened as this store: null, or why not (after migrations, in full). */
export function documentProblem<T>(
  { schema, migrations = [] }: Pick<DocumentStoreOptions<T>, 'schema' | 'migrations'>,
  stored: { schemaVersion: number; document: unknown },
): Rejection | null {
  const loaded = loadDocument({ ...stored, sealed: false }, migrations.length + 1, migrations, schema);
  return loaded.kind === 'valid' ? null : backupProblem(loaded);
}

function backupProblem(backup: Exclude<Loaded<unknown>, { kind: 'valid' }>): Rejection {
  return backup.kind === 'newer' ? newerReason(backup.version) : backup.reason;
}

function newerReason(version: number): Rejection {
  return { key: 'store.reason.newer', values: { version } };
}

function liveStore<T>(
  { options: { schema, label, beforeWrite }, version }: Opening<T>,
  conf: ConfInstance,
  document: T,
  recoveryFacts: RecoveryFacts | null,
): OpenedDocumentStore<T> {
  let current = document;
  return {
    path: conf.path,
    recovery: recoveryFacts && storeRecovery(recoveryFacts, english),
    recoveryFacts,
    read: () => current,
    write(value) {
      const result = z.safeParse(schema, value);
      if (!result.success)
        throw new RejectedWriteError(describeFirstIssues(`Refused to save the ${english.t(label)}`, result.error));
      const document = beforeWrite ? beforeWrite(result.data) : result.data;
      conf.store = { schemaVersion: version, document };
      current = document;
    },
  };
}
