// The review of the plan, kept up to date after a pause in typing: the checker runs over the
// whole plan, so it runs once the seller stops for a moment, never on each keystroke.
import { useEffect, useRef, useState } from 'react';
import type { Appeal, AppealContent } from '../../../preload/contract';
import type { Translator } from '../../../main/core/i18n/translator';
import { reviewPlan, type PlanReview } from './plan-review';

export const reviewDelayMs = 200;

export function usePlanReview(
  content: AppealContent | null,
  appeal: Appeal | undefined,
  planT: Translator | null,
): PlanReview | null {
  const [review, setReview] = useState<PlanReview | null>(null);
  const first = useRef(true);
  useEffect(() => {
    if (content === null || appeal === undefined || planT === null) return;
    // The first review comes at once; later ones after a pause in typing.
    const timer = setTimeout(
      () => {
        first.current = false;
        setReview(reviewPlan(content, appeal, planT));
      },
      first.current ? 0 : reviewDelayMs,
    );
    return () => clearTimeout(timer);
  }, [content, appeal, planT]);
  return review;
}
