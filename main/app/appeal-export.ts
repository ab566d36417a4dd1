// One saved appeal written out as a file (Markdown, PDF or plain text) from the saved data only:
// the window's export and `flagwatch appeals export` share it, so both give the same file. The
// labels follow the reader's language, the plan its own.
import { appealRecord } from '../core/appeal-record/record-document';
import {
  exportFileName,
  exportMimeType,
  type AppealExport,
  type ExportFormat,
} from '../core/appeal-record/record-export';
import { recordMarkdown } from '../core/appeal-record/record-markdown';
import { recordPlainText } from '../core/appeal-record/record-text';
import type { Appeal } from '../core/appeal/appeal-schema';
import { translatorFor } from '../core/i18n/catalogues';
import type { Translator } from '../core/i18n/translator';
import type { InboxDocument } from './ports';
import type { RecordPdfWriter } from './ports/record-pdf';
import { base64Of } from '../core/appeal-record/base64';

export interface AppealExportContext {
  inbox: Pick<InboxDocument, 'notifications' | 'accounts'>;
  t: Translator;
  pdf: RecordPdfWriter;
}

export async function exportAppeal(
  appeal: Appeal,
  format: ExportFormat,
  { inbox, t, pdf }: AppealExportContext,
): Promise<AppealExport> {
  const notification = inbox.notifications.find((n) => n.id === appeal.notificationId);
  const accountName = inbox.accounts.find((a) => a.id === appeal.accountId)?.name;
  const record = appealRecord(appeal, {
    ...(notification === undefined ? {} : { notification }),
    ...(accountName === undefined ? {} : { accountName }),
    t,
    planT: appeal.language === t.locale ? t : translatorFor(appeal.language),
  });
  const file = { fileName: exportFileName(appeal.id, format), mimeType: exportMimeType(format) };
  if (format === 'md') return { ...file, encoding: 'utf8', content: recordMarkdown(record) };
  if (format === 'text') return { ...file, encoding: 'utf8', content: recordPlainText(record) };
  const result = await pdf(record);
  if (!result.ok) throw new Error(t.t('appealRecord.pdf.noCjkFont'));
  return { ...file, encoding: 'base64', content: base64Of(result.bytes) };
}
