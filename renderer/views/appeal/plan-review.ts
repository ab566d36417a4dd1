// The review of what is being written, as the window shows it: the plan assembled in the
// appeal's language, the checker's findings on it, and how ready each step and the whole are.
// Pure: the workspace runs it after a pause in typing, not on every keystroke.
import type { Appeal, AppealContent } from '../../../main/core/appeal/appeal-schema';
import { assemblePlan } from '../../../main/core/appeal/assemble-plan';
import { checkPlan, type CheckResult } from '../../../main/core/appeal/checker';
import type { PlanDocument } from '../../../main/core/appeal/plan-blocks';
import { appealReadiness, type Readiness } from '../../../main/core/appeal/readiness';
import type { Translator } from '../../../main/core/i18n/translator';

export interface PlanReview {
  plan: PlanDocument;
  check: CheckResult;
  readiness: Readiness;
}

/** `planT` speaks the appeal's language. A plan is compared with the attempts Amazon rejected. */
export function reviewPlan(content: AppealContent, appeal: Pick<Appeal, 'attempts'>, planT: Translator): PlanReview {
  const plan = assemblePlan(content, planT);
  const previous = appeal.attempts.filter((a) => a.answer?.kind === 'rejected').map((a) => a.text);
  const check = checkPlan({ plan, asins: content.amazon.asins, previous });
  return { plan, check, readiness: appealReadiness(content, plan, check) };
}
