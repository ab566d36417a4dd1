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
