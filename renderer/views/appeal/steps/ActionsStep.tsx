// Step 3, corrective actions already taken: what was done (in the past tense), when, by whom,
// the evidence of it, and the root cause it answers.
import { useId } from 'react';
import { useTranslator } from '../../../i18n/i18n-context';
import { AppealField } from '../AppealField';
import { addItem, changeItem, newAction, removeItem } from '../content-edits';
import { Findings } from '../Findings';
import { blockFindings, type StepProps } from './step-props';

export function ActionsStep({ content, edit, flush, review }: StepProps) {
  const i18n = useTranslator();
  return (
    <>
      <p className="step-intro">{i18n.t('appeal.actions.intro')}</p>
      <ol className="blocks">
        {content.actions.map((action, index) => {
          const number = index + 1;
          const change = (patch: Partial<typeof action>) => edit((c) => changeItem(c, 'actions', action.id, patch));
          return (
            <li key={action.id} className="block">
              <fieldset>
                <legend>{i18n.t('appeal.actions.block', { number })}</legend>
                <AppealField
                  label={i18n.t('appeal.actions.text', { number })}
                  value={action.text}
                  onChange={(text) => change({ text })}
                  onBlur={flush}
                  multiline
                />
                <div className="field-row">
                  <AppealField
                    label={i18n.t('appeal.actions.date', { number })}
                    type="date"
                    value={action.date}
                    onChange={(date) => change({ date })}
                    onBlur={flush}
                  />
                  <AppealField
                    label={i18n.t('appeal.actions.owner', { number })}
                    value={action.owner}
                    onChange={(owner) => change({ owner })}
                    onBlur={flush}
                  />
                </div>
                <AppealField
                  label={i18n.t('appeal.actions.evidence', { number })}
                  value={action.evidence}
                  onChange={(evidence) => change({ evidence })}
                  onBlur={flush}
                />
                <RootCauseSelect
                  number={number}
                  value={action.rootCauseId}
                  causes={content.rootCauses}
                  onChange={(rootCauseId) => change({ rootCauseId })}
                />
                <div className="block-actions">
                  <button type="button" onClick={() => edit((c) => removeItem(c, 'actions', action.id))}>
                    {i18n.t('appeal.actions.remove', { number })}
                  </button>
                </div>
                <Findings
                  findings={blockFindings(review, action.id)}
                  planText={review?.plan.text ?? ''}
                  label={i18n.t('appeal.findings.block', { number })}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => edit((c) => addItem(c, 'actions', newAction(crypto.randomUUID())))}>
        {i18n.t('appeal.actions.add')}
      </button>
    </>
  );
}

const causeExcerpt = 60;

function RootCauseSelect({
  number,
  value,
  causes,
  onChange,
}: {
  number: number;
  value: string | null;
  causes: readonly { id: string; text: string }[];
  onChange(id: string | null): void;
}) {
  const i18n = useTranslator();
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{i18n.t('appeal.actions.rootCause', { number })}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{i18n.t('appeal.actions.notLinked')}</option>
        {causes.map((cause, index) => (
          <option key={cause.id} value={cause.id}>
            {i18n.t('appeal.actions.causeOption', {
              number: index + 1,
              text: cause.text.length > causeExcerpt ? `${cause.text.slice(0, causeExcerpt)}…` : cause.text,
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
