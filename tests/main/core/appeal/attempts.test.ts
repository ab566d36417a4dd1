import { describe, expect, it } from 'vitest';
import {
  appealClock,
  appealStatus,
  attemptsSummary,
  recordAnswer,
  recordAttempt,
  submissionWarnings,
} from '../../../../main/core/appeal/attempts';
import { appeal, attempt, content, created } from './fixtures';

const rejected = (at = '2026-03-03T09:00:00.000Z') => ({
  kind: 'rejected' as const,
  text: 'Insufficient information.',
  at,
});

describe('appealStatus', () => {
  it('follows the attempts: draft, submitted, the last answer, and accepted above all', () => {
    expect(appealStatus(appeal())).toBe('draft');
    expect(appealStatus(appeal({ attempts: [attempt()] }))).toBe('submitted');
    expect(appealStatus(appeal({ attempts: [attempt({ answer: rejected() })] }))).toBe('rejected');
    expect(appealStatus(appeal({ attempts: [attempt({ answer: { ...rejected(), kind: 'info-requested' } })] }))).toBe(
      'info-requested',
    );
    expect(
      appealStatus(appeal({ attempts: [attempt({ answer: { ...rejected(), kind: 'accepted' } }), attempt()] })),
    ).toBe('accepted');
  });
});

describe('attemptsSummary', () => {
  it('counts attempts used of two, and says when the Appeal button has been used', () => {
    expect(attemptsSummary(appeal())).toEqual({
      used: 0,
      limit: 2,
      left: 2,
      appealButtonUsed: false,
      needsSellerSupport: false,
    });
    expect(attemptsSummary(appeal({ attempts: [attempt({ channel: 'account-health' })] }))).toMatchObject({
      used: 1,
      left: 1,
      appealButtonUsed: false,
    });
    expect(attemptsSummary(appeal({ attempts: [attempt()] }))).toMatchObject({
      used: 1,
      left: 1,
      appealButtonUsed: true,
    });
  });

  it('sends the seller to Seller Support once both attempts are used without acceptance', () => {
    const two = [attempt({ answer: rejected() }), attempt({ channel: 'account-health', answer: rejected() })];
    expect(attemptsSummary(appeal({ attempts: two }))).toMatchObject({ left: 0, needsSellerSupport: true });
    expect(
      attemptsSummary(appeal({ attempts: [two[0]!, attempt({ answer: { ...rejected(), kind: 'accepted' } })] })),
    ).toMatchObject({
      left: 0,
      needsSellerSupport: false,
    });
  });
});

describe('appealClock', () => {
  const noticeAt = '2026-03-01T00:00:00.000Z';
  const withNotice = appeal({
    versions: [{ n: 1, savedAt: created, content: content({ amazon: { ...content().amazon, noticeAt } }) }],
  });

  it('runs 17 days from the notification', () => {
    const clock = appealClock(withNotice, new Date('2026-03-01T00:00:00.000Z'));
    expect(clock).toEqual({
      startsAt: noticeAt,
      deadline: '2026-03-18T00:00:00.000Z',
      from: 'window',
      daysLeft: 17,
      overdue: false,
    });
  });

  it('counts a part day as a day left, until the deadline itself', () => {
    expect(appealClock(withNotice, new Date('2026-03-17T23:59:59.999Z'))).toMatchObject({
      daysLeft: 1,
      overdue: false,
    });
    expect(appealClock(withNotice, new Date('2026-03-18T00:00:00.000Z'))).toMatchObject({ daysLeft: 0, overdue: true });
    expect(appealClock(withNotice, new Date('2026-04-01T00:00:00.000Z'))).toMatchObject({ daysLeft: 0, overdue: true });
  });

  it('takes Amazon’s own deadline over the window, and the creation date for a blank appeal', () => {
    const deadline = '2026-03-05T12:00:00.000Z';
    const stated = appeal({
      versions: [{ n: 1, savedAt: created, content: content({ amazon: { ...content().amazon, noticeAt, deadline } }) }],
    });
    expect(appealClock(stated, new Date('2026-03-04T12:00:00.000Z'))).toMatchObject({
      deadline,
      from: 'amazon',
      daysLeft: 1,
    });
    expect(appealClock(appeal(), new Date(created))).toMatchObject({
      startsAt: created,
      deadline: '2026-03-18T09:00:00.000Z',
    });
  });
});

describe('submissionWarnings and recordAttempt', () => {
  const plan = Array.from({ length: 60 }, (_, i) => `fact${i}`).join(' ');

  it('warns about a near copy of an earlier attempt before it is recorded, and records it anyway', () => {
    const before = appeal({ attempts: [attempt({ text: plan, answer: rejected() })] });
    const submission = {
      at: '2026-03-04T09:00:00.000Z',
      channel: 'account-health' as const,
      text: `${plan}.`,
      attachments: [],
    };
    expect(submissionWarnings(before, submission)).toEqual([{ kind: 'near-copy', attempt: 1, similarity: 1 }]);
    const { appeal: after, warnings } = recordAttempt(before, submission);
    expect(warnings).toEqual([{ kind: 'near-copy', attempt: 1, similarity: 1 }]);
    expect(after.attempts).toHaveLength(2);
  });

  it('does not warn about a materially revised text', () => {
    const before = appeal({ attempts: [attempt({ text: plan, answer: rejected() })] });
    const revised = Array.from({ length: 60 }, (_, i) => `other${i}`).join(' ');
    expect(submissionWarnings(before, { channel: 'account-health', text: revised })).toEqual([]);
  });

  it('warns when the Appeal button was already used, when attempts are used up, and after acceptance', () => {
    const one = appeal({ attempts: [attempt({ text: 'a', answer: rejected() })] });
    expect(submissionWarnings(one, { channel: 'appeal-button', text: plan })).toEqual([{ kind: 'appeal-button-used' }]);
    const two = appeal({ attempts: [attempt({ text: 'a' }), attempt({ text: 'b', channel: 'seller-support' })] });
    expect(submissionWarnings(two, { channel: 'seller-support', text: plan })).toEqual([{ kind: 'attempts-used-up' }]);
    const accepted = appeal({ attempts: [attempt({ text: 'a', answer: { ...rejected(), kind: 'accepted' } })] });
    expect(submissionWarnings(accepted, { channel: 'account-health', text: plan })).toEqual([
      { kind: 'already-accepted' },
    ]);
  });

  it('records the date, channel, exact text, attachments and current version', () => {
    const sha256 = 'a'.repeat(64);
    const before = appeal({ versions: [...appeal().versions, { n: 2, savedAt: created, content: content() }] });
    const { appeal: after } = recordAttempt(before, {
      at: '2026-03-04T09:00:00.000Z',
      channel: 'seller-support',
      text: '  exact text\n',
      attachments: [{ name: 'invoice.pdf', sha256, size: 1234 }],
    });
    expect(after.attempts).toEqual([
      {
        at: '2026-03-04T09:00:00.000Z',
        channel: 'seller-support',
        text: '  exact text\n',
        attachments: [{ name: 'invoice.pdf', sha256, size: 1234 }],
        version: 2,
        answer: null,
      },
    ]);
    expect(after.updatedAt).toBe('2026-03-04T09:00:00.000Z');
    expect(before.attempts).toEqual([]);
  });
});

describe('recordAnswer', () => {
  it('records Amazon’s answer and asks for the notification to be resolved when accepted', () => {
    const submitted = appeal({ attempts: [attempt()] });
    const accepted = {
      kind: 'accepted' as const,
      text: 'Your account has been reinstated.',
      at: '2026-03-03T10:00:00.000Z',
    };
    const result = recordAnswer(submitted, 0, accepted);
    expect(result.appeal.attempts[0]?.answer).toEqual(accepted);
    expect(result.resolveNotificationId).toBe('n_1');
    expect(recordAnswer(submitted, 0, rejected()).resolveNotificationId).toBeNull();
    expect(
      recordAnswer(appeal({ notificationId: null, attempts: [attempt()] }), 0, accepted).resolveNotificationId,
    ).toBeNull();
  });

  it('refuses an attempt the appeal does not have', () => {
    expect(() => recordAnswer(appeal({ attempts: [attempt()] }), 1, rejected())).toThrow(/no attempt 2/);
    expect(() => recordAnswer(appeal(), -1, rejected())).toThrow(RangeError);
  });
});
