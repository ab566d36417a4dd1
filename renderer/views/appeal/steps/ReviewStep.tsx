// Step 6, review: the plan assembled as one document to paste into Amazon's form, how ready each
// step and the whole plan are, and the checker's findings with what to do about each.
import { useId, useState } from 'react';
import { describeReason, type ReadinessArea } from '../../../../main/core/appeal/readiness';
import { useTranslator } from '../../../i18n/i18n-context';
import { stepTitleKey } from '../appeal-steps';
import { Findings } from '../Findings';
import { ReadinessTag } from '../ReadinessTag';
import type { StepProps } from './step-props';

const areaOrder: readonly ReadinessArea[] = ['amazon', 'rootCauses', 'actions', 'preventions', 'evidence', 'plan'];

export function ReviewStep({ review }: StepProps) {
  const i18n = useTranslator();
  const planId = useId();
  const findingsId = useId();
  const [copied, setCopied] = useState(false);
  if (review === null) return <p className="loading">{i18n.t('appeal.review.checking')}</p>;
  const { plan, check, readiness } = review;

  return (
    <>
      <section aria-label={i18n.t('appeal.review.readiness')} className="readiness-summary">
        <p>
          {i18n.t('appeal.review.overall')} <ReadinessTag level={readiness.overall} />
        </p>
        <ul>
          {areaOrder.map((area) => {
            const judged = readiness.areas[area];
            if (!judged) return null;
            const name = i18n.t(area === 'plan' ? 'appeal.review.wholePlan' : stepTitleKey(area));
            return (
              <li key={area}>
                {name} <ReadinessTag level={judged.level} />
                {judged.reasons.length > 0 && (
                  <ul className="reasons">
                    {judged.reasons.map((reason) => (
                      <li key={reason.key}>{describeReason(reason, i18n)}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <div className="form-field">
        <label htmlFor={planId}>{i18n.t('appeal.review.plan')}</label>
        <textarea id={planId} className="plan-text" readOnly value={plan.text} rows={14} />
        <span className="link-row">
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard.writeText(plan.text).then(
                () => setCopied(true),
                () => {},
              )
            }
          >
            {i18n.t('appeal.review.copy')}
          </button>
          <span role="status">{copied ? i18n.t('appeal.review.copied') : ''}</span>
        </span>
      </div>

      <section aria-labelledby={findingsId}>
        <h4 id={findingsId}>{i18n.t('appeal.review.findings', { count: check.findings.length })}</h4>
        {check.findings.length === 0 ? (
          <p>{i18n.t('appeal.review.noFindings')}</p>
        ) : (
          <Findings findings={check.findings} planText={plan.text} label={i18n.t('appeal.findings.all')} />
        )}
      </section>
    </>
  );
}
