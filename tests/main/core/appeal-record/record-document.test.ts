import { describe, expect, it } from 'vitest';
import { base64Of } from '../../../../main/core/appeal-record/base64';
import { appealRecord } from '../../../../main/core/appeal-record/record-document';
import { recordMarkdown } from '../../../../main/core/appeal-record/record-markdown';
import { recordNeedsCjk, recordPlainText } from '../../../../main/core/appeal-record/record-text';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { inboxItem } from '../../../support/fixtures';
import { appeal, attempt, content } from '../appeal/fixtures';

const en = translatorFor('en', { timeZone: 'UTC' });
const zh = translatorFor('zh-CN', { timeZone: 'UTC' });

const written = appeal({
  versions: [
    {
      n: 1,
      savedAt: '2026-03-01T09:00:00.000Z',
      content: content({
        amazon: {
          text: 'We received a complaint about B0TEST1234.\n\nPlease send invoices.',
          policy: 'Anti-Counterfeiting',
          asins: ['B0TEST1234'],
          metric: null,
          noticeAt: '2026-03-01T08:00:00.000Z',
          deadline: null,
        },
        rootCauses: [{ id: 'r1', text: 'We bought from an unverified supplier.', why: [] }],
      }),
    },
  ],
  attempts: [
    attempt({
      text: 'Root causes\n1. We bought from an unverified supplier.',
      answer: { kind: 'rejected', text: 'Insufficient information.', at: '2026-03-04T10:00:00.000Z' },
    }),
  ],
});

describe('appealRecord', () => {
  it('names the notification, where the appeal stands, and Amazon’s text', () => {
    const record = appealRecord(written, {
      notification: inboxItem({ title: 'Product authenticity complaint' }),
      accountName: 'Bluefin Outdoor Supply',
      t: en,
      planT: en,
    });
    expect(record.title).toBe('Product authenticity complaint');
    expect(record.facts).toContainEqual({ label: 'Status', value: 'Rejected' });
    expect(record.facts).toContainEqual({ label: 'Attempts', value: '1 of 2 used' });
    expect(record.facts).toContainEqual({ label: 'Account', value: 'Bluefin Outdoor Supply' });
    expect(record.facts).toContainEqual({ label: 'Marketplace', value: 'United States (US)' });
    expect(record.facts).toContainEqual({ label: 'ASINs', value: 'B0TEST1234' });
    expect(record.sections[0]).toEqual({
      heading: 'What Amazon said',
      paragraphs: ['We received a complaint about B0TEST1234.', 'Please send invoices.'],
    });
  });

  it('keeps every attempt with exactly what was submitted and Amazon’s answer', () => {
    const record = appealRecord(written, { t: en, planT: en });
    const attemptSection = record.sections.find((s) => s.heading.startsWith('Attempt 1'));
    expect(attemptSection?.paragraphs).toEqual([
      'Through The notification’s Appeal button · version 1',
      'Root causes\n1. We bought from an unverified supplier.',
      'Amazon’s answer: Rejected, Mar 4, 2026, 10:00 AM',
      'Insufficient information.',
    ]);
  });

  it('titles a blank appeal by what Amazon said, or as blank when nothing is written', () => {
    expect(appealRecord(written, { t: en, planT: en }).title).toBe('We received a complaint about B0TEST1234.');
    const blank = appeal({
      notificationId: null,
      versions: [{ n: 1, savedAt: written.createdAt, content: content({ amazon: { ...content().amazon, text: '' } }) }],
    });
    expect(appealRecord(blank, { t: en, planT: en }).title).toBe(en.t('appeal.blankTitle'));
  });

  it('labels in the reader’s language and leaves the plan in its own', () => {
    const record = appealRecord(written, { t: zh, planT: en });
    expect(record.facts[0]).toEqual({ label: '状态', value: '已驳回' });
    const plan = record.sections.find((s) => s.heading === '行动计划（当前版本）');
    expect(plan?.paragraphs.join('\n')).toContain('Root causes');
  });
});

describe('recordMarkdown', () => {
  it('writes headings, facts and paragraphs, escaping what Markdown would reshape', () => {
    const markdown = recordMarkdown({
      title: 'Case *1*',
      facts: [{ label: 'Status', value: 'Rejected' }],
      sections: [{ heading: 'What Amazon said', paragraphs: ['# not a heading\n- not a list', 'Plain'] }],
    });
    expect(markdown).toBe(
      '# Case \\*1\\*\n\n- **Status:** Rejected\n\n## What Amazon said\n\n\\# not a heading  \n\\- not a list\n\nPlain\n',
    );
  });
});

describe('recordPlainText', () => {
  it('has no markup: title, facts, then each section', () => {
    const text = recordPlainText({
      title: 'Case',
      facts: [{ label: 'Status', value: 'Draft' }],
      sections: [{ heading: 'Plan', paragraphs: ['One', 'Two'] }],
    });
    expect(text).toBe('Case\n\nStatus: Draft\n\nPlan\n\nOne\n\nTwo\n');
  });

  it('tells when a record needs a CJK font', () => {
    const record = { title: 'Case', facts: [], sections: [] };
    expect(recordNeedsCjk(record)).toBe(false);
    expect(recordNeedsCjk({ ...record, title: '订单缺陷率' })).toBe(true);
    expect(recordNeedsCjk({ ...record, title: 'Café — “quoted” ü' })).toBe(false);
  });
});

describe('base64Of', () => {
  it('matches Node’s encoding, over more than one slice', () => {
    const bytes = Uint8Array.from({ length: 70_001 }, (_, i) => (i * 31) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64Of(new Uint8Array())).toBe('');
  });
});
