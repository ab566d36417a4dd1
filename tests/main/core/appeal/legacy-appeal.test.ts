import { describe, expect, it } from 'vitest';
import { AppealSchema } from '../../../../main/core/appeal/appeal-schema';
import { appealStatus } from '../../../../main/core/appeal/attempts';
import { appealFromLegacy, migrateLegacyAppeals, type LegacyAppeal } from '../../../../main/core/appeal/legacy-appeal';
import { currentContent } from '../../../../main/core/appeal/versions';

const legacy: LegacyAppeal = {
  id: 'appeal-1',
  notificationId: 'n_1',
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-03T10:00:00.000Z',
  status: 'draft',
  rootCauses: 'Handling time was 1 day.',
  actionsTaken: 'Set it to 2 days on 2026-11-02.',
  prevention: '',
  submittedAt: null,
};

describe('appealFromLegacy', () => {
  it('keeps every text: one root cause, one action answering it, no empty measure', () => {
    const upgraded = appealFromLegacy(legacy);
    expect(AppealSchema.parse(upgraded)).toEqual(upgraded);
    const steps = currentContent(upgraded);
    expect(steps.rootCauses).toEqual([{ id: 'rc-1', text: legacy.rootCauses, why: [] }]);
    expect(steps.actions.map((a) => [a.text, a.rootCauseId])).toEqual([[legacy.actionsTaken, 'rc-1']]);
    expect(steps.preventions).toEqual([]);
    expect(appealStatus(upgraded)).toBe('draft');
  });

  it('turns a submission into an attempt with its answer, so the attempt still counts', () => {
    const upgraded = appealFromLegacy({ ...legacy, status: 'accepted', submittedAt: '2026-11-02T12:00:00.000Z' });
    expect(upgraded.attempts).toEqual([
      {
        at: '2026-11-02T12:00:00.000Z',
        channel: null,
        text: `${legacy.rootCauses}\n\n${legacy.actionsTaken}`,
        attachments: [],
        version: 1,
        answer: { kind: 'accepted', text: '', at: legacy.updatedAt },
      },
    ]);
    expect(appealStatus(upgraded)).toBe('accepted');
    expect(appealStatus(appealFromLegacy({ ...legacy, status: 'submitted', submittedAt: null }))).toBe('submitted');
  });

  it('keeps a measure, and an action with blank details answering no cause when there is none', () => {
    const steps = currentContent(appealFromLegacy({ ...legacy, rootCauses: '  ', prevention: 'Check weekly.' }));
    expect(steps.rootCauses).toEqual([]);
    expect(steps.actions).toEqual([
      { id: 'action-1', text: legacy.actionsTaken, date: '', owner: '', evidence: '', rootCauseId: null },
    ]);
    expect(steps.preventions).toEqual([
      { id: 'prevention-1', text: 'Check weekly.', owner: '', frequency: '', measure: '' },
    ]);
    expect(currentContent(appealFromLegacy({ ...legacy, actionsTaken: '' })).actions).toEqual([]);
  });

  it('counts a submission without an answer, and one marked submitted without a date', () => {
    const pending = appealFromLegacy({ ...legacy, status: 'submitted', submittedAt: null });
    expect(pending.attempts).toHaveLength(1);
    expect(pending.attempts[0]).toMatchObject({ at: legacy.updatedAt, answer: null });
    const rejected = appealFromLegacy({ ...legacy, status: 'rejected', submittedAt: '2026-11-02T12:00:00.000Z' });
    expect(rejected.attempts[0]?.answer).toEqual({ kind: 'rejected', text: '', at: legacy.updatedAt });
    expect(appealFromLegacy({ ...legacy, submittedAt: '2026-11-02T12:00:00.000Z' }).attempts).toHaveLength(1);
  });

  it('takes the plan language from the text', () => {
    expect(appealFromLegacy({ ...legacy, rootCauses: '处理时间设置为 1 天。', actionsTaken: '' }).language).toBe(
      'zh-CN',
    );
  });
});

describe('migrateLegacyAppeals', () => {
  it('upgrades a whole document, and throws on one it cannot read', () => {
    expect(migrateLegacyAppeals({ appeals: [legacy] }).appeals.map((a) => a.id)).toEqual(['appeal-1']);
    expect(() => migrateLegacyAppeals({ appeals: [{ id: 'x' }] })).toThrow();
  });
});
