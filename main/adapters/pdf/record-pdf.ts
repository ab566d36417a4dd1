// The appeal record as a PDF, with pdfkit: A4, the title, the facts, then each section with its
// paragraphs. One system CJK font carries all the text when one is found (it has Latin glyphs
// too); without one, a record in Latin script uses the PDF's built-in Helvetica, and a record
// with Chinese, Japanese or Korean text is refused rather than printed as empty boxes.
import PDFDocument from 'pdfkit';
import type { RecordPdfWriter } from '../../app/ports/record-pdf';
import type { RecordDocument } from '../../core/appeal-record/record-document';
import { recordNeedsCjk } from '../../core/appeal-record/record-text';
import type { CjkFont } from './cjk-font';

export interface RecordPdfOptions {
  /** Looked up on each export: a font installed meanwhile is found without a restart. */
  cjkFont(): CjkFont | null;
}

export function createRecordPdfWriter({ cjkFont }: RecordPdfOptions): RecordPdfWriter {
  return async (record) => {
    const font = cjkFont();
    if (font === null && recordNeedsCjk(record)) return { ok: false, reason: 'no-cjk-font' };
    return { ok: true, bytes: await layOut(record, font) };
  };
}

function layOut(record: RecordDocument, font: CjkFont | null): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: false,
    info: { Title: record.title, Creator: 'Flagwatch' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  if (font !== null) doc.registerFont('text', font.path, font.face);
  const text = font === null ? 'Helvetica' : 'text';
  const strong = font === null ? 'Helvetica-Bold' : 'text';

  doc.font(strong).fontSize(17).text(record.title, { paragraphGap: 10 });
  for (const fact of record.facts) {
    doc.font(strong).fontSize(10).text(`${fact.label}: `, { continued: true });
    doc.font(text).text(fact.value, { paragraphGap: 2 });
  }
  for (const section of record.sections) {
    doc.moveDown(0.8);
    doc.font(strong).fontSize(13).text(section.heading, { paragraphGap: 6 });
    for (const paragraph of section.paragraphs) doc.font(text).fontSize(10.5).text(paragraph, { paragraphGap: 6 });
  }
  doc.end();
  return done;
}
