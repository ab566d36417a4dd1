// What the email source remembers between runs, in its own document: per folder the server's
// UIDVALIDITY and the highest UID already read, so only new mail is fetched; and the keys of the
// messages that gave a notice, so a rescan (after the server renumbered a folder, or a message
// moved from spam to the inbox) never hands the same notice over twice.
import { z } from 'zod';

export const FolderMarkSchema = z.object({
  /** As the server sent it (a 32-bit number, kept as text). */
  uidValidity: z.string().min(1),
  lastUid: z.number().int().min(0),
});
export type FolderMark = z.infer<typeof FolderMarkSchema>;

export const EmailSourceStateSchema = z.object({
  folders: z.record(z.string(), FolderMarkSchema),
  /** Message-ID (or a hash of the message) of each message that gave a notice, newest last. */
  noticeKeys: z.array(z.string()),
});
export type EmailSourceState = z.infer<typeof EmailSourceStateSchema>;

export const emptyEmailSourceState: EmailSourceState = { folders: {}, noticeKeys: [] };

/** Enough to cover years of notices; the oldest are forgotten first. */
export const maxNoticeKeys = 5000;

export function withNoticeKey(state: EmailSourceState, key: string): EmailSourceState {
  const noticeKeys = [...state.noticeKeys.filter((each) => each !== key), key].slice(-maxNoticeKeys);
  return { ...state, noticeKeys };
}
