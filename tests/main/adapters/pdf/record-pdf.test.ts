// Real PDFs, read back with poppler's pdftotext (package poppler-utils), Chinese included (with
// the WenQuanYi Micro Hei font, package fonts-wqy-microhei).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCjkFont, systemFontProbe } from '../../../../main/adapters/pdf/cjk-font';
import { createRecordPdfWriter } from '../../../../main/adapters/pdf/record-pdf';
import type { RecordDocument } from '../../../../main/core/appeal-record/record-document';

const wqy = { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' };
for (const [file, pkg] of [
  ['/usr/bin/pdftotext', 'poppler-utils'],
  [wqy.path, 'fonts-wqy-microhei'],
]) {
  if (!existsSync(file!)) throw new Error(`${file} is missing: install the Debian package ${pkg}`);
}

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(path.join(tmpdir(), 'flagwatch-pdf-'))));
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function textOf(bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

const latin: RecordDocument = {
  title: 'Late Shipment Rate above target',
  facts: [{ label: 'Status', value: 'Rejected' }],
  sections: [{ heading: 'Plan of action', paragraphs: ['We print the pick list twice a day.'] }],
};
const chinese: RecordDocument = {
  title: '订单缺陷率高于目标',
  facts: [{ label: '状态', value: '已驳回' }],
  sections: [{ heading: '行动计划', paragraphs: ['我们已于 2026-11-02 下架 B0TEST1234。'] }],
};

describe('createRecordPdfWriter', () => {
  it('writes a PDF whose text reads back, with the built-in font when there is no CJK font', async () => {
    const result = await createRecordPdfWriter({ cjkFont: () => null })(latin);
    if (!result.ok) throw new Error(result.reason);
    expect(Buffer.from(result.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await textOf(result.bytes);
    expect(text).toContain('Late Shipment Rate above target');
    expect(text).toContain('Status: Rejected');
    expect(text).toContain('We print the pick list twice a day.');
  });

  it('renders Chinese with a CJK font', async () => {
    const result = await createRecordPdfWriter({ cjkFont: () => wqy })(chinese);
    if (!result.ok) throw new Error(result.reason);
    const text = await textOf(result.bytes);
    expect(text).toContain('订单缺陷率高于目标');
    expect(text).toContain('状态: 已驳回');
    expect(text).toContain('我们已于 2026-11-02 下架 B0TEST1234。');
  });

  it('refuses Chinese text when no CJK font is found, rather than printing empty boxes', async () => {
    expect(await createRecordPdfWriter({ cjkFont: () => null })(chinese)).toEqual({ ok: false, reason: 'no-cjk-font' });
  });

  it('finds this machine’s CJK font', () => {
    expect(findCjkFont('linux', systemFontProbe)).not.toBeNull();
  });
});
