// Step 2, root causes: one block each, and under it the successive "why?" answers that lead from
// what happened to the cause in the seller's own process.
import { memo } from 'react';
import type { RootCause } from '../../../../preload/contract';
import { useTranslator } from '../../../i18n/i18n-context';
import { AppealField } from '../AppealField';
import { addItem, changeItem, newRootCause, removeItem } from '../content-edits';
import { Findings } from '../Findings';
import { blockFindings, type StepProps } from './step-props';

export function RootCausesStep({ content, edit, flush, review }: StepProps) {
  const i18n = useTranslator();
  return (
    <>
      <p className="step-intro">{i18n.t('appeal.rootCauses.intro')}</p>
      <ol className="blocks">
        {content.rootCauses.map((cause, index) => (
          <RootCauseBlock key={cause.id} cause={cause} number={index + 1} edit={edit} flush={flush} review={review} />
        ))}
      </ol>
      <button type="button" onClick={() => edit((c) => addItem(c, 'rootCauses', newRootCause(crypto.randomUUID())))}>
        {i18n.t('appeal.rootCauses.add')}
      </button>
    </>
  );
}

// Typing re-renders only the block typed into: the others keep their props.
const RootCauseBlock = memo(function RootCauseBlock({
  cause,
  number,
  edit,
  flush,
  review,
}: Pick<StepProps, 'edit' | 'flush' | 'review'> & { cause: RootCause; number: number }) {
  const i18n = useTranslator();
  const change = (patch: Partial<RootCause>) => edit((c) => changeItem(c, 'rootCauses', cause.id, patch));
  return (
    <li className="block">
      <fieldset>
        <legend>{i18n.t('appeal.rootCauses.block', { number })}</legend>
        <AppealField
          label={i18n.t('appeal.rootCauses.text', { number })}
          value={cause.text}
          onChange={(text) => change({ text })}
          onBlur={flush}
          multiline
        />
        {cause.why.map((why, whyIndex) => (
          <AppealField
            key={whyIndex}
            label={i18n.t('appeal.rootCauses.why', { number, depth: whyIndex + 1 })}
            value={why}
            onChange={(text) => change({ why: cause.why.with(whyIndex, text) })}
            onBlur={flush}
            multiline
            rows={2}
          />
        ))}
        <div className="block-actions">
          <button type="button" onClick={() => change({ why: [...cause.why, ''] })}>
            {i18n.t('appeal.rootCauses.askWhy', { number })}
          </button>
          <button type="button" onClick={() => edit((c) => removeItem(c, 'rootCauses', cause.id))}>
            {i18n.t('appeal.rootCauses.remove', { number })}
          </button>
        </div>
        <Findings
          findings={blockFindings(review, cause.id)}
          planText={review?.plan.text ?? ''}
          label={i18n.t('appeal.findings.block', { number })}
        />
      </fieldset>
    </li>
  );
});
