import { describe, expect, it } from 'vitest';
import { exportAppeal } from '../../../main/app/appeal-export';
import type { RecordPdfWriter } from '../../../main/app/ports/record-pdf';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { account, inboxItem } from '../../support/fixtures';
import { appeal } from '../core/appeal/fixtures';

const en = translatorFor('en', { timeZone: 'UTC' });
const zh = translatorFor('zh-CN', { timeZone: 'UTC' });
const notification = inboxItem({ id: 'n_1', title: 'Late Shipment Rate above target' });
const inbox = { notifications: [notification], accounts: [account()] };
const pdf: RecordPdfWriter = async (record) => ({ ok: true, bytes: new TextEncoder().encode(`PDF ${record.title}`) });

describe('exportAppeal', () => {
  it('writes Markdown with the notification’s title and the account’s name', async () => {
    const file = await exportAppeal(appeal(), 'md', { inbox, t: en, pdf });
    expect(file).toMatchObject({ fileName: 'appeal-1.md', mimeType: 'text/markdown;charset=utf-8', encoding: 'utf8' });
    expect(file.content).toMatch(/^# Late Shipment Rate above target\n/);
    expect(file.content).toContain('- **Account:** Bluefin Outdoor Supply');
  });

  it('writes plain text, and a PDF as base64', async () => {
    expect((await exportAppeal(appeal(), 'text', { inbox, t: en, pdf })).fileName).toBe('appeal-1.txt');
    const file = await exportAppeal(appeal(), 'pdf', { inbox, t: en, pdf });
    expect(file).toMatchObject({ fileName: 'appeal-1.pdf', mimeType: 'application/pdf', encoding: 'base64' });
    expect(Buffer.from(file.content, 'base64').toString()).toBe('PDF Late Shipment Rate above target');
  });

  it('says in the reader’s language what to install when no CJK font is found', async () => {
    const none: RecordPdfWriter = async () => ({ ok: false, reason: 'no-cjk-font' });
    await expect(exportAppeal(appeal(), 'pdf', { inbox, t: zh, pdf: none })).rejects.toThrow(/fonts-wqy-microhei/);
    await expect(exportAppeal(appeal(), 'pdf', { inbox, t: zh, pdf: none })).rejects.toThrow(/找不到相应字体/);
  });

  it('keeps the plan’s headings in the plan’s language', async () => {
    const chinese = appeal({ language: 'zh-CN' });
    const file = await exportAppeal(
      {
        ...chinese,
        versions: [
          {
            ...chinese.versions[0]!,
            content: {
              ...chinese.versions[0]!.content,
              rootCauses: [{ id: 'r1', text: '拣货单漏掉了第二个库位。', why: [] }],
            },
          },
        ],
      },
      'md',
      { inbox, t: en, pdf },
    );
    expect(file.content).toContain('## Plan of action (current version)');
    expect(file.content).toContain(zh.t('appeal.plan.rootCauses'));
  });
});
