// Step 4, preventive measures: what the seller keeps doing so it does not happen again, who owns
// it, how often, and how they will know it works.
import { useTranslator } from '../../../i18n/i18n-context';
import { AppealField } from '../AppealField';
import { addItem, changeItem, newPrevention, removeItem } from '../content-edits';
import { Findings } from '../Findings';
import { blockFindings, type StepProps } from './step-props';

export function PreventionsStep({ content, edit, flush, review }: StepProps) {
  const i18n = useTranslator();
  return (
    <>
      <p className="step-intro">{i18n.t('appeal.preventions.intro')}</p>
      <ol className="blocks">
        {content.preventions.map((prevention, index) => {
          const number = index + 1;
          const change = (patch: Partial<typeof prevention>) =>
            edit((c) => changeItem(c, 'preventions', prevention.id, patch));
          return (
            <li key={prevention.id} className="block">
              <fieldset>
                <legend>{i18n.t('appeal.preventions.block', { number })}</legend>
                <AppealField
                  label={i18n.t('appeal.preventions.text', { number })}
                  value={prevention.text}
                  onChange={(text) => change({ text })}
                  onBlur={flush}
                  multiline
                />
                <div className="field-row">
                  <AppealField
                    label={i18n.t('appeal.preventions.owner', { number })}
                    value={prevention.owner}
                    onChange={(owner) => change({ owner })}
                    onBlur={flush}
                  />
                  <AppealField
                    label={i18n.t('appeal.preventions.frequency', { number })}
                    value={prevention.frequency}
                    onChange={(frequency) => change({ frequency })}
                    onBlur={flush}
                  />
                </div>
                <AppealField
                  label={i18n.t('appeal.preventions.measure', { number })}
                  value={prevention.measure}
                  onChange={(measure) => change({ measure })}
                  onBlur={flush}
                />
                <div className="block-actions">
                  <button type="button" onClick={() => edit((c) => removeItem(c, 'preventions', prevention.id))}>
                    {i18n.t('appeal.preventions.remove', { number })}
                  </button>
                </div>
                <Findings
                  findings={blockFindings(review, prevention.id)}
                  planText={review?.plan.text ?? ''}
                  label={i18n.t('appeal.findings.block', { number })}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => edit((c) => addItem(c, 'preventions', newPrevention(crypto.randomUUID())))}>
        {i18n.t('appeal.preventions.add')}
      </button>
    </>
  );
}
