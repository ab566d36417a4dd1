// Submissions and Amazon's answers, and the clocks they run against: two attempts, 17 days
// (appeal-rules.ts), the Appeal button that works once. Recording never refuses what the seller
// says happened; it returns warnings (a near copy, a used-up button or limit) for the app to show
// before it records, and decisions (resolve the notification) for the app to apply.
import type { Answer, Appeal, Attachment, SubmissionChannel } from './appeal-schema';
import { appealRules } from './appeal-rules';
import { nearCopyTest } from './checker-rules';
import { detectPlanLanguage } from './plan-language';
import { closestPrevious } from './similarity';
import { currentVersion } from './versions';

export type AppealStatus = 'draft' | 'submitted' | 'info-requested' | 'rejected' | 'accepted';

/** Derived from the attempts, never stored: an accepted answer wins; otherwise the last attempt's. */
export function appealStatus(appeal: Appeal): AppealStatus {
  if (appeal.attempts.some((attempt) => attempt.answer?.kind === 'accepted')) return 'accepted';
  const last = appeal.attempts.at(-1);
  if (!last) return 'draft';
  return last.answer?.kind ?? 'submitted';
}

export interface AttemptsSummary {
  used: number;
  limit: number;
  left: number;
  /** The notification's Appeal button works once: after it, appeals go through Account Health. */
  appealButtonUsed: boolean;
  /** Every attempt used without acceptance: the app shows the Seller Support guidance. */
  needsSellerSupport: boolean;
}

export function attemptsSummary(appeal: Appeal): AttemptsSummary {
  const used = appeal.attempts.length;
  const limit = appealRules.attemptLimit;
  const left = Math.max(0, limit - used);
  return {
    used,
    limit,
    left,
    appealButtonUsed: appeal.attempts.some((attempt) => attempt.channel === 'appeal-button'),
    needsSellerSupport: left === 0 && appealStatus(appeal) !== 'accepted',
  };
}

export interface AppealClock {
  startsAt: string;
  deadline: string;
  /** Whether the deadline is Amazon's own or the 17-day window. */
  from: 'amazon' | 'window';
  /** Whole days left, rounded up; 0 once the deadline is reached. */
  daysLeft: number;
  overdue: boolean;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The clock runs from the notification (or the appeal's creation, for a blank one). */
export function appealClock(appeal: Appeal, now: Date): AppealClock {
  const { noticeAt, deadline } = currentVersion(appeal).content.amazon;
  const startsAt = noticeAt ?? appeal.createdAt;
  const end = deadline === null ? new Date(Date.parse(startsAt) + appealRules.windowDays * dayMs) : new Date(deadline);
  const left = end.getTime() - now.getTime();
  return {
    startsAt,
    deadline: end.toISOString(),
    from: deadline === null ? 'window' : 'amazon',
    daysLeft: Math.max(0, Math.ceil(left / dayMs)),
    overdue: left <= 0,
  };
}

export interface SubmissionInput {
  /** ISO date-time the seller submitted. */
  at: string;
  channel: SubmissionChannel;
  text: string;
  attachments: readonly Attachment[];
}

export type SubmissionWarning =
  /** The text is nearly the same as attempt `attempt` (1-based). */
  | { kind: 'near-copy'; attempt: number; similarity: number }
  | { kind: 'appeal-button-used' }
  | { kind: 'attempts-used-up' }
  | { kind: 'already-accepted' };

/** What to warn the seller about before recording this submission. */
export function submissionWarnings(
  appeal: Appeal,
  submission: Pick<SubmissionInput, 'channel' | 'text'>,
): SubmissionWarning[] {
  const warnings: SubmissionWarning[] = [];
  const summary = attemptsSummary(appeal);
  if (appealStatus(appeal) === 'accepted') warnings.push({ kind: 'already-accepted' });
  if (summary.left === 0) warnings.push({ kind: 'attempts-used-up' });
  if (submission.channel === 'appeal-button' && summary.appealButtonUsed) warnings.push({ kind: 'appeal-button-used' });
  const closest = closestAttempt(appeal, submission.text);
  if (closest) warnings.push({ kind: 'near-copy', ...closest });
  return warnings;
}

/** The appeal with the submission recorded against its current version, and the warnings it raised. */
export function recordAttempt(
  appeal: Appeal,
  submission: SubmissionInput,
): { appeal: Appeal; warnings: SubmissionWarning[] } {
  const warnings = submissionWarnings(appeal, submission);
  const attempt = {
    at: submission.at,
    channel: submission.channel,
    text: submission.text,
    attachments: [...submission.attachments],
    version: currentVersion(appeal).n,
    answer: null,
  };
  return { appeal: { ...appeal, updatedAt: submission.at, attempts: [...appeal.attempts, attempt] }, warnings };
}

/**
 * Amazon's answer to attempt `index` (0-based; a later answer replaces an earlier one). An
 * accepted appeal resolves its notification: `resolveNotificationId` says which, for the app.
 */
export function recordAnswer(
  appeal: Appeal,
  index: number,
  answer: Answer,
): { appeal: Appeal; resolveNotificationId: string | null } {
  if (!Number.isInteger(index) || index < 0 || index >= appeal.attempts.length)
    throw new RangeError(`appeal ${appeal.id} has no attempt ${index + 1}`);
  const attempts = appeal.attempts.map((attempt, i) => (i === index ? { ...attempt, answer } : attempt));
  return {
    appeal: { ...appeal, updatedAt: answer.at, attempts },
    resolveNotificationId: answer.kind === 'accepted' ? appeal.notificationId : null,
  };
}

function closestAttempt(appeal: Appeal, text: string): { attempt: number; similarity: number } | null {
  const earlier = appeal.attempts.map((attempt) => attempt.text);
  const closest = closestPrevious(text, earlier, nearCopyTest, detectPlanLanguage(text));
  return closest && { attempt: closest.index + 1, similarity: closest.similarity };
}
