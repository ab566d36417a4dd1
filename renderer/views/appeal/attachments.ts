// An attachment as recorded with a submission: its name, size and SHA-256, computed here where
// the file is read (the browser's Web Crypto), so the record says exactly which file was sent.
import type { Translator } from '../../../main/core/i18n/translator';
import type { Attachment } from '../../../preload/contract';

export async function attachmentOf(file: Blob & { name: string }): Promise<Attachment> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return { name: file.name, size: file.size, sha256 };
}

/** "invoice.pdf, 12,345 bytes, SHA-256 3a7b…". */
export function attachmentText(i18n: Translator, a: Attachment): string {
  return i18n.t('appeal.submission.attachment', { name: a.name, size: i18n.number(a.size), sha256: a.sha256 });
}
