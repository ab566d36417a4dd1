// Reads the mail that arrived in one folder since the last run, and hands each notice to the
// intake exactly once. The folder is open read-only (EXAMINE) and every body is fetched with
// BODY.PEEK, so nothing on the server changes, not even the \Seen flag. Memory stays bounded:
// sizes first, then bodies in batches within a byte budget, each body cut at a maximum length.
// Progress is written after every batch and every notice, so a dropped connection resumes where
// it stopped; a new UIDVALIDITY (the server renumbered the folder) rescans it, and the notices it
// already gave are recognised by their Message-ID.
import { createHash } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import type { DocumentStore, Logger } from '../../app/ports';
import type { MailboxConfig } from '../../core/mailbox/mailbox-config';
import { messageText } from './message-text';
import type { NoticeHandlers } from './notice-handlers';
import { withNoticeKey, type EmailSourceState } from './sync-state';
import { batchesWithin, uidSet, type SizedUid } from './uid-set';

export interface SyncLimits {
  /** A message is read up to this many bytes; notices are a few kilobytes. */
  maxMessageBytes: number;
  /** Bytes of bodies one fetch may bring at once. */
  batchBytes: number;
  /** Messages one fetch may bring at once. */
  batchMessages: number;
  /** UIDs whose sizes are asked for at once. */
  sizeWindow: number;
}

export const defaultSyncLimits: SyncLimits = {
  maxMessageBytes: 1024 * 1024,
  batchBytes: 8 * 1024 * 1024,
  batchMessages: 500,
  sizeWindow: 5000,
};

export interface FolderTally {
  folder: string;
  /** Messages read (bodies fetched). */
  read: number;
  /** Notices handed to the intake. */
  notices: number;
  /** Notices recognised as already handed over (rescan, or the same mail in two folders). */
  repeated: number;
  /** The folder was read again from the start: its UIDVALIDITY changed. */
  rescanned: boolean;
}

export interface FolderSyncContext<Notice> {
  config: MailboxConfig;
  state: DocumentStore<EmailSourceState>;
  notices: NoticeHandlers<Notice>;
  logger: Logger;
  limits: SyncLimits;
  signal?: AbortSignal;
}

type Client = Pick<ImapFlow, 'mailbox' | 'fetch' | 'fetchOne'>;

/** The folder must be open (read-only) on `client`. */
export async function syncOpenFolder<Notice>(
  client: Client,
  folder: string,
  context: FolderSyncContext<Notice>,
): Promise<FolderTally> {
  const { state: store, limits, signal } = context;
  const box = client.mailbox;
  if (!box) throw new Error(`folder "${folder}" is not open`);
  const uidValidity = String(box.uidValidity);
  const known = store.read().folders[folder];
  const rescanned = known !== undefined && known.uidValidity !== uidValidity;
  let lastUid = known && !rescanned ? known.lastUid : 0;
  const tally: FolderTally = { folder, read: 0, notices: 0, repeated: 0, rescanned };
  const save = (patch: (state: EmailSourceState) => EmailSourceState = (s) => s) => {
    const current = store.read();
    store.write(patch({ ...current, folders: { ...current.folders, [folder]: { uidValidity, lastUid } } }));
  };
  if (!known || rescanned) save();
  if (box.exists === 0) return tally;

  const newest = await client.fetchOne('*', { uid: true });
  const top = newest ? newest.uid : 0;
  for (let from = lastUid + 1; from <= top; from += limits.sizeWindow) {
    const to = Math.min(from + limits.sizeWindow - 1, top);
    const sizes: SizedUid[] = [];
    for await (const message of client.fetch(`${from}:${to}`, { uid: true, size: true }, { uid: true })) {
      if (message.uid >= from && message.uid <= to) sizes.push({ uid: message.uid, size: message.size ?? 0 });
    }
    sizes.sort((a, b) => a.uid - b.uid);
    for (const batch of batchesWithin(sizes, limits.batchBytes, limits.maxMessageBytes, limits.batchMessages)) {
      signal?.throwIfAborted();
      try {
        const query = { uid: true, internalDate: true, source: { maxLength: limits.maxMessageBytes } };
        for await (const message of client.fetch(uidSet(batch), query, { uid: true })) {
          if (message.uid <= lastUid) continue;
          tally.read += 1;
          const outcome = await handOver(message, context);
          lastUid = message.uid;
          if (outcome.key !== undefined) {
            const key = outcome.key;
            if (outcome.added) tally.notices += 1;
            else tally.repeated += 1;
            save((s) => withNoticeKey(s, key));
          }
        }
        // Messages deleted meanwhile are not in the answer: the batch is done all the same.
        lastUid = Math.max(lastUid, batch[batch.length - 1]!);
      } finally {
        save();
      }
    }
    lastUid = Math.max(lastUid, to);
    save();
  }
  return tally;
}

interface Fetched {
  uid: number;
  source?: Buffer;
  internalDate?: Date | string;
}

/** `key` is set when the message is a notice: `added` says whether it was new to this source. */
async function handOver<Notice>(
  message: Fetched,
  { config, state, notices, logger }: FolderSyncContext<Notice>,
): Promise<{ key?: string; added: boolean }> {
  const source = message.source ?? Buffer.alloc(0);
  const text = await messageText(source);
  const receivedAt = isoDate(message.internalDate) ?? text.date ?? new Date(0).toISOString();
  let parsed: ReturnType<NoticeHandlers<Notice>['parseNotice']>;
  try {
    parsed = notices.parseNotice({ text: text.text, subject: text.subject, from: text.from, receivedAt });
  } catch (error) {
    logger.warn('a message could not be read as a notice', { uid: message.uid, error: String(error) });
    return { added: false };
  }
  if (!parsed.ok) return { added: false };
  const key = text.messageId ?? `sha256:${createHash('sha256').update(source).digest('hex')}`;
  if (state.read().noticeKeys.includes(key)) return { key, added: false };
  await notices.addNotice(parsed.notice, {
    kind: 'email',
    accountId: config.accountId,
    marketplaceId: config.marketplaceId,
    receivedAt,
  });
  return { key, added: true };
}

function isoDate(value: Date | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
