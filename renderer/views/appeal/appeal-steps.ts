// The guided appeal's seven steps, in order, and which readiness area (core/appeal/readiness.ts)
// judges each: the review is judged by the plan as a whole, the submission record by nothing.
import type { ReadinessArea } from '../../../main/core/appeal/readiness';
import type { WindowMessageKey } from '../../../main/core/i18n/window-catalogue';

export const appealSteps = [
  'amazon',
  'rootCauses',
  'actions',
  'preventions',
  'evidence',
  'review',
  'submission',
] as const;
export type AppealStep = (typeof appealSteps)[number];

export function stepTitleKey(step: AppealStep): WindowMessageKey {
  return `appeal.step.${step}`;
}

/** The readiness area behind a step; null for the submission record. */
export function stepArea(step: AppealStep): ReadinessArea | 'overall' | null {
  if (step === 'review') return 'overall';
  if (step === 'submission') return null;
  return step;
}

/** The step `by` places away from `step`, kept within the first and last. */
export function stepAfter(step: AppealStep, by: number): AppealStep {
  const index = Math.min(appealSteps.length - 1, Math.max(0, appealSteps.indexOf(step) + by));
  return appealSteps[index]!;
}
