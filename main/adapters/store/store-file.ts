// The bytes of a store file: {"schemaVersion":N,"seal":"<sha-256>","document":{...}} on one line.
// The seal hashes the schema's fingerprint, the version and the document's exact JSON. When it
// matches, the document is byte for byte what a validated write produced with this very schema,
// so opening may skip re-validating it: in a fresh process zod checking 10,000 notifications costs
// several times what hashing their JSON does. Any other file, hand-edited valid JSON included, is
// validated in full.
import { createHash } from 'node:crypto';
import { english, rejectionText, type Rejection } from './recovery-message';

export type StoreEnvelope = { schemaVersion: number; document: unknown };

export type StoreFileRead = StoreEnvelope & {
  /** The seal matches: the document is exactly what this schema validated on write. */
  sealed: boolean;
};

/** The file is not a store file at all: not JSON, or JSON without a format version. */
export class UnreadableStoreFileError extends Error {
  override name = 'UnreadableStoreFileError';
  constructor(readonly reason: Rejection) {
    super(rejectionText(reason, english));
  }
}

export function encodeStoreFile(envelope: StoreEnvelope, schemaKey: string): string {
  const body = JSON.stringify(envelope.document);
  return header(envelope.schemaVersion, sealOf(envelope.schemaVersion, body, schemaKey)) + body + '}';
}

export function decodeStoreFile(text: string, schemaKey: string): StoreFileRead {
  const value = parseJson(text);
  if (!isEnvelope(value)) throw new UnreadableStoreFileError({ key: 'store.reason.notDataFile' });
  const seal = (value as { seal?: unknown }).seal;
  return {
    schemaVersion: value.schemaVersion,
    document: value.document,
    sealed: typeof seal === 'string' && sealHolds(text, value.schemaVersion, seal, schemaKey),
  };
}

/**
 * conf's serialize/deserialize pair for one store. conf re-reads and re-parses the whole file
 * before every write (to carry over its own `__internal__` key); remembering the last text written
 * or read turns that into a string comparison. `lastRead` hands over the parse conf did while
 * opening, so opening parses the file once.
 */
export function storeFileCodec(schemaKey: string) {
  let last: { text: string; read: StoreFileRead } | undefined;
  return {
    serialize(envelope: StoreEnvelope): string {
      const text = encodeStoreFile(envelope, schemaKey);
      last = { text, read: { ...envelope, sealed: true } };
      return text;
    },
    deserialize(text: string): StoreFileRead {
      if (last?.text === text) return last.read;
      const read = decodeStoreFile(text, schemaKey);
      last = { text, read };
      return read;
    },
    lastRead: (): StoreFileRead | undefined => last?.read,
  };
}

function header(schemaVersion: number, seal: string): string {
  return `{"schemaVersion":${schemaVersion},"seal":"${seal}","document":`;
}

function sealHolds(text: string, schemaVersion: number, seal: string, schemaKey: string): boolean {
  const head = header(schemaVersion, seal);
  if (!text.startsWith(head) || !text.endsWith('}')) return false;
  return sealOf(schemaVersion, text.slice(head.length, -1), schemaKey) === seal;
}

function sealOf(schemaVersion: number, body: string, schemaKey: string): string {
  return createHash('sha256').update(`${schemaKey}\n${schemaVersion}\n`).update(body).digest('hex');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new UnreadableStoreFileError({ key: 'store.reason.empty' });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UnreadableStoreFileError({ key: 'store.reason.notJson', values: { detail: (error as Error).message } });
  }
}

function isEnvelope(value: unknown): value is StoreEnvelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { schemaVersion } = value as { schemaVersion?: unknown };
  return Number.isInteger(schemaVersion) && (schemaVersion as number) >= 1 && 'document' in value;
}
