// What an export of the appeal record answers: a file's name, type and content, text as it is
// and a PDF as base64, so it travels over the contract (IPC or WebSocket) like any answer.
import { z } from 'zod/mini';

export const exportFormats = ['md', 'pdf', 'text'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const AppealExportSchema = z.object({
  fileName: z.string().check(z.minLength(1)),
  mimeType: z.string().check(z.minLength(1)),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type AppealExport = z.infer<typeof AppealExportSchema>;

const types: Readonly<Record<ExportFormat, { extension: string; mimeType: string }>> = {
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
  text: { extension: 'txt', mimeType: 'text/plain;charset=utf-8' },
};

/** "appeal-<id>.md": the id keeps names apart, without anything from the text in a file name. */
export function exportFileName(appealId: string, format: ExportFormat): string {
  const safe = appealId.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80);
  return `${safe.startsWith('appeal') ? safe : `appeal-${safe}`}.${types[format].extension}`;
}

export function exportMimeType(format: ExportFormat): string {
  return types[format].mimeType;
}
