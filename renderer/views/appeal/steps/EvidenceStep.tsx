// Step 5, the evidence Amazon expects for this metric or policy: tick what is gathered, and say
// what it is.
import { evidenceChecklist } from '../../../../main/core/appeal/evidence-checklist';
import { useTranslator } from '../../../i18n/i18n-context';
import { AppealField } from '../AppealField';
import type { StepProps } from './step-props';

export function EvidenceStep({ content, edit, flush }: StepProps) {
  const i18n = useTranslator();
  const items = evidenceChecklist(content.amazon.metric);
  const setItem = (id: string, patch: Partial<{ done: boolean; note: string }>) =>
    edit((c) => {
      const current = c.evidence[id] ?? { done: false, note: '' };
      return { ...c, evidence: { ...c.evidence, [id]: { ...current, ...patch } } };
    });
  return (
    <>
      <p className="step-intro">{i18n.t('appeal.evidence.intro')}</p>
      <ul className="evidence-list">
        {items.map((item) => {
          const state = content.evidence[item.id] ?? { done: false, note: '' };
          const label = i18n.t(item.labelKey);
          return (
            <li key={item.id} className="block">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={state.done}
                  onChange={(e) => setItem(item.id, { done: e.target.checked })}
                />
                {label}
              </label>
              <AppealField
                label={i18n.t('appeal.evidence.note', { item: label })}
                value={state.note}
                onChange={(note) => setItem(item.id, { note })}
                onBlur={flush}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
