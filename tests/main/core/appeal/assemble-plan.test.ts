import { describe, expect, it } from 'vitest';
import type { AppealContent } from '../../../../main/core/appeal/appeal-schema';
import { assemblePlan } from '../../../../main/core/appeal/assemble-plan';
import { emptyContent } from '../../../../main/core/appeal/new-appeal';
import { parsePlanText } from '../../../../main/core/appeal/plan-sections';
import { translatorFor } from '../../../../main/core/i18n/catalogues';

const content: AppealContent = {
  ...emptyContent(),
  amazon: {
    text: 'Your ODR is above 1%.',
    policy: '',
    asins: ['B0AAAAAAAA'],
    metric: 'lateShipmentRate',
    noticeAt: null,
    deadline: null,
  },
  rootCauses: [
    { id: 'rc1', text: 'Handling time was 1 day.', why: ['The warehouse picks once a day.', ''] },
    { id: 'blank', text: '  ', why: [] },
  ],
  actions: [
    {
      id: 'a1',
      text: 'Set handling time to 2 days.',
      date: '2026-03-01',
      owner: 'Li Wei',
      evidence: '',
      rootCauseId: 'rc1',
    },
    { id: 'a2', text: 'Checked every\nlisting.', date: '', owner: '', evidence: '', rootCauseId: null },
  ],
  preventions: [
    { id: 'p1', text: 'Weekly handling-time check.', owner: 'Li Wei', frequency: 'Weekly', measure: 'On-time share' },
  ],
  evidence: {
    handlingTime: { done: true, note: 'before/after screenshots' },
    carrierScans: { done: false, note: 'x' },
  },
};

describe('assemblePlan', () => {
  it('writes one plain-text document with a heading per part and numbered items', () => {
    expect(assemblePlan(content, translatorFor('en')).text).toBe(
      [
        'Root causes',
        '1. Handling time was 1 day.',
        '   - The warehouse picks once a day.',
        '',
        'Actions taken',
        '1. Set handling time to 2 days.',
        '   Date: 2026-03-01; Owner: Li Wei',
        '   Answers root cause 1',
        '2. Checked every',
        '   listing.',
        '',
        'Preventive measures',
        '1. Weekly handling-time check.',
        '   Owner: Li Wei; Frequency: Weekly; Measured by: On-time share',
        '',
        'Evidence attached',
        '- Your handling-time settings, before and after the change: before/after screenshots',
      ].join('\n'),
    );
  });

  it('leaves out Amazon’s own text and blank items', () => {
    const { text } = assemblePlan(content, translatorFor('en'));
    expect(text).not.toContain('Your ODR');
    expect(text).not.toMatch(/^2\. +$/m);
  });

  it('writes headings in the plan’s language', () => {
    const { text } = assemblePlan(content, translatorFor('zh-CN'));
    expect(text.split('\n')[0]).toBe('根本原因');
    expect(text).toContain('   日期：2026-03-01；负责人：Li Wei');
  });

  it('locates each item’s own words, with the root cause an action answers', () => {
    const plan = assemblePlan(content, translatorFor('en'));
    expect(plan.blocks.map((b) => [b.step, b.id, plan.text.slice(b.start, b.end), b.rootCauseId])).toEqual([
      ['rootCauses', 'rc1', 'Handling time was 1 day.\n   - The warehouse picks once a day.', undefined],
      [
        'actions',
        'a1',
        'Set handling time to 2 days.\n   Date: 2026-03-01; Owner: Li Wei\n   Answers root cause 1',
        'rc1',
      ],
      ['actions', 'a2', 'Checked every\n   listing.', null],
      [
        'preventions',
        'p1',
        'Weekly handling-time check.\n   Owner: Li Wei; Frequency: Weekly; Measured by: On-time share',
        undefined,
      ],
      [
        'evidence',
        'handlingTime',
        'Your handling-time settings, before and after the change: before/after screenshots',
        undefined,
      ],
    ]);
  });

  it('trims every field, keeps a cause given only by its whys, and joins blank lines inside an item', () => {
    const padded: AppealContent = {
      ...emptyContent(),
      rootCauses: [
        { id: 'rc1', text: '  ', why: ['  Picks once a day.  '] },
        { id: 'rc2', text: '  Stock ran out.  ', why: [] },
      ],
      actions: [
        {
          id: 'a1',
          text: '  Set it to 2 days.\n\n\nChecked.  ',
          date: ' 2026-03-01 ',
          owner: ' Li Wei ',
          evidence: ' Screenshots ',
          rootCauseId: 'rc2',
        },
        { id: 'a2', text: 'Gone', date: '', owner: '', evidence: '', rootCauseId: 'removed' },
      ],
      preventions: [{ id: 'p1', text: ' Check. ', owner: ' Li ', frequency: ' Weekly ', measure: ' Share ' }],
      evidence: { handlingTime: { done: true, note: '   ' } },
      amazon: { ...emptyContent().amazon, metric: 'lateShipmentRate' },
    };
    const plan = assemblePlan(padded, translatorFor('en'));
    expect(plan.text).toBe(
      [
        'Root causes',
        '1. - Picks once a day.',
        '2. Stock ran out.',
        '',
        'Actions taken',
        '1. Set it to 2 days.',
        '   Checked.',
        '   Date: 2026-03-01; Owner: Li Wei; Evidence: Screenshots',
        '   Answers root cause 2',
        '2. Gone',
        '',
        'Preventive measures',
        '1. Check.',
        '   Owner: Li; Frequency: Weekly; Measured by: Share',
        '',
        'Evidence attached',
        '- Your handling-time settings, before and after the change',
      ].join('\n'),
    );
    expect(plan.blocks.filter((b) => b.step !== 'actions').every((b) => !('rootCauseId' in b))).toBe(true);
  });

  it('is empty for an empty appeal', () => {
    expect(assemblePlan(emptyContent(), translatorFor('en'))).toEqual({ text: '', blocks: [] });
  });
});

describe('parsePlanText', () => {
  it('finds the parts of an assembled plan again, in either language', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const plan = assemblePlan(content, translatorFor(locale));
      const parsed = parsePlanText(plan.text);
      expect(
        parsed.blocks.filter((b) => b.step === 'actions').map((b) => plan.text.slice(b.start, b.end).split('\n')[0]),
      ).toEqual([locale === 'en' ? 'Set handling time to 2 days.' : 'Set handling time to 2 days.', 'Checked every']);
      expect(new Set(parsed.blocks.map((b) => b.step))).toEqual(
        new Set(['rootCauses', 'actions', 'preventions', 'evidence']),
      );
    }
  });

  it('reads decorated headings and paragraphs as items', () => {
    const text =
      '## 1. Root Cause:\nOur supplier sent units without invoices.\n\nSecond paragraph.\n\n**Corrective actions**\n- Removed B0AAAAAAAA.';
    const parsed = parsePlanText(text);
    expect(parsed.blocks.map((b) => [b.step, b.id, text.slice(b.start, b.end)])).toEqual([
      ['rootCauses', '1', 'Our supplier sent units without invoices.'],
      ['rootCauses', '2', 'Second paragraph.'],
      ['actions', '1', 'Removed B0AAAAAAAA.'],
    ]);
  });

  it('keeps a paragraph’s lines together, without the spaces around them, until a blank line', () => {
    const text = 'Root causes\n   Stock ran out   \non Monday.\n  \n  Second one.  \n- Listed.';
    const parsed = parsePlanText(text);
    expect(parsed.blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'Stock ran out   \non Monday.',
      'Second one.',
      'Listed.',
    ]);
  });

  it('takes a line of up to 80 characters as a heading, and a longer one as text', () => {
    const heading = (padding: number) => `Root causes${' '.repeat(padding)}`;
    expect(parsePlanText(`${heading(69)}\nStock ran out.`).blocks).toHaveLength(1);
    expect(parsePlanText(`${heading(70)}\nStock ran out.`).blocks).toEqual([]);
  });

  it('finds no parts in a text without headings', () => {
    expect(parsePlanText('We removed the listing.\n\n1. And more.').blocks).toEqual([]);
  });
});
