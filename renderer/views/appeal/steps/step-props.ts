// What every step's form is given: the appeal, the content being edited and how to change it,
// and the latest review of the plan (null until the first one is ready).
import type { Appeal, AppealContent } from '../../../../preload/contract';
import type { PlanReview } from '../plan-review';

export interface StepProps {
  appeal: Appeal;
  content: AppealContent;
  edit(change: (content: AppealContent) => AppealContent): void;
  /** Autosaves at once (a field lost the focus). */
  flush(): void;
  review: PlanReview | null;
}

/** The findings of the review about one block of a step. */
export function blockFindings(review: PlanReview | null, blockId: string) {
  return review?.check.findings.filter((finding) => finding.blockId === blockId) ?? [];
}
