// The port that lays an appeal record out as a PDF. The app only asks; the adapter owns the PDF
// library and the fonts. A record in Chinese, Japanese or Korean needs a system font that has
// those glyphs: without one the adapter says so, and the app words it for the seller.
import type { RecordDocument } from '../../core/appeal-record/record-document';

export type RecordPdfResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'no-cjk-font' };

export type RecordPdfWriter = (record: RecordDocument) => Promise<RecordPdfResult>;
