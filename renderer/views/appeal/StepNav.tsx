// The list of the appeal's steps: where the seller is (aria-current="step") and how ready each
// step is, in words.
import type { ReadinessLevel } from '../../../main/core/appeal/readiness';
import { useTranslator } from '../../i18n/i18n-context';
import { appealSteps, stepArea, stepTitleKey, type AppealStep } from './appeal-steps';
import type { PlanReview } from './plan-review';
import { ReadinessTag } from './ReadinessTag';

export function StepNav({
  current,
  review,
  onSelect,
}: {
  current: AppealStep;
  review: PlanReview | null;
  onSelect(step: AppealStep): void;
}) {
  const i18n = useTranslator();
  return (
    <nav aria-label={i18n.t('appeal.steps')} className="step-nav">
      <ol>
        {appealSteps.map((step, index) => {
          const level = levelOf(step, review);
          return (
            <li key={step}>
              <button type="button" aria-current={step === current ? 'step' : undefined} onClick={() => onSelect(step)}>
                <span className="step-number">{i18n.number(index + 1)}</span>
                <span className="step-title">{i18n.t(stepTitleKey(step))}</span>
                {level && <ReadinessTag level={level} />}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function levelOf(step: AppealStep, review: PlanReview | null): ReadinessLevel | null {
  const area = stepArea(step);
  if (review === null || area === null) return null;
  return area === 'overall' ? review.readiness.overall : (review.readiness.areas[area]?.level ?? null);
}
