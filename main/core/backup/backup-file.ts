// A backup of the data folder as one file: every store document with its format version, what
// made it and when, and a checksum over all of it. Reading one checks everything (that it is a
// Flagwatch backup, of a format this version reads, unchanged since it was made, holding every
// document this version keeps and nothing else, each one usable) before anyone may act on it, so
// a bad, foreign or truncated file is refused whole and nothing is replaced.
import { z } from 'zod/mini';
import { IsoDateSchema } from '../schema';
import { crc32 } from './crc32';

export const backupFormat = 'flagwatch-backup';
/** Raised when the file's shape changes; an older Flagwatch then refuses a newer file by name. */
export const backupFormatVersion = 1;

/** One store file's contents: its own data format version and the document. */
export const BackedUpDocumentSchema = z.object({
  schemaVersion: z.int().check(z.positive()),
  document: z.unknown(),
});
export type BackedUpDocument = z.infer<typeof BackedUpDocumentSchema>;

const BackupSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.int().check(z.positive()),
  createdAt: IsoDateSchema,
  appVersion: z.string(),
  checksum: z.string().check(z.regex(/^crc32:[0-9a-f]{8}$/)),
  documents: z.record(z.string(), BackedUpDocumentSchema),
});

export interface BackupContents {
  createdAt: string;
  appVersion: string;
  /** By store name ('settings', 'inbox', …). */
  documents: Record<string, BackedUpDocument>;
}

/** Why a backup was refused. `R` is what a document's own check answers: its reason, worded by the caller. */
export type BackupProblem<R> =
  | { kind: 'empty' }
  | { kind: 'notJson' }
  | { kind: 'foreign' }
  | { kind: 'newerFormat'; version: number }
  | { kind: 'damaged' }
  | { kind: 'missing'; name: string }
  | { kind: 'unexpected'; name: string }
  | { kind: 'document'; name: string; reason: R };

/** A document's own check: its reason for refusing it, or null when it is usable. */
export type DocumentCheck<R> = (backedUp: BackedUpDocument) => R | null;

export type BackupRead<R> = { ok: true; backup: BackupContents } | { ok: false; problem: BackupProblem<R> };

/** The backup file's text: one JSON object, its checksum over everything else in it. */
export function writeBackup(contents: BackupContents): string {
  const sealed = { format: backupFormat, formatVersion: backupFormatVersion, ...contents };
  return JSON.stringify({ ...sealed, checksum: `crc32:${crc32(JSON.stringify(sealed))}` });
}

/**
 * Checks a backup file's text completely; `checks` names every document this version keeps.
 * `mayLack` names those a backup from an older version, made before they existed, may lack.
 */
export function readBackup<R>(
  text: string,
  checks: Readonly<Record<string, DocumentCheck<R>>>,
  mayLack: readonly string[] = [],
): BackupRead<R> {
  const fail = (problem: BackupProblem<R>): BackupRead<R> => ({ ok: false, problem });
  if (text.trim() === '') return fail({ kind: 'empty' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A backup cut short ends in the middle of its JSON.
    return fail({ kind: 'notJson' });
  }
  const marker = z.object({ format: z.literal(backupFormat), formatVersion: z.number() }).safeParse(value);
  if (!marker.success) return fail({ kind: 'foreign' });
  if (marker.data.formatVersion > backupFormatVersion)
    return fail({ kind: 'newerFormat', version: marker.data.formatVersion });
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) return fail({ kind: 'damaged' });
  const { checksum, createdAt, appVersion, documents } = parsed.data;
  // Key order as written: JSON.parse keeps it, so the same text comes back when nothing changed.
  const { checksum: _checksum, ...rest } = value as Record<string, unknown>;
  if (checksum !== `crc32:${crc32(JSON.stringify(rest))}`) return fail({ kind: 'damaged' });
  for (const name of Object.keys(checks))
    if (!Object.hasOwn(documents, name) && !mayLack.includes(name)) return fail({ kind: 'missing', name });
  for (const [name, backedUp] of Object.entries(documents)) {
    const check = Object.hasOwn(checks, name) ? checks[name] : undefined;
    if (!check) return fail({ kind: 'unexpected', name });
    const reason = check(backedUp);
    if (reason !== null) return fail({ kind: 'document', name, reason });
  }
  return { ok: true, backup: { createdAt, appVersion, documents } };
}

/** The file name a backup is offered under: `flagwatch-backup-2026-11-26.json` (the day in UTC). */
export function backupFileName(createdAt: string): string {
  return `${backupFormat}-${createdAt.slice(0, 10)}.json`;
}
