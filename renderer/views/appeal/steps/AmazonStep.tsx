// Step 1, what Amazon said: the notification's own text (read-only when the source carried it,
// pasted otherwise), its policy, ASINs and deadline; a blank appeal is linked to its
// notification here.
import { useId, useState } from 'react';
import { appealClock } from '../../../../main/core/appeal/attempts';
import { useFlagwatch } from '../../../app/store-context';
import { useNow } from '../../../app/use-now';
import { formatDateTime } from '../../../format/dates';
import { metricLabel } from '../../../format/labels';
import { useTranslator } from '../../../i18n/i18n-context';
import { AppealField } from '../AppealField';
import { asinsFrom } from '../content-edits';
import type { StepProps } from './step-props';

export function AmazonStep({ appeal, content, edit, flush, onLink }: StepProps & { onLink(id: string): void }) {
  const i18n = useTranslator();
  const now = useNow();
  const notifications = useFlagwatch((s) => s.inbox?.notifications);
  const notification = notifications?.find((n) => n.id === appeal.notificationId);
  const amazon = content.amazon;
  const fromSource = notification !== undefined && notification.text.trim() !== '' && amazon.text === notification.text;
  // The seller's own spelling of the list stays while they type; the content keeps the ASINs.
  const [asinText, setAsinText] = useState(() => amazon.asins.join(', '));
  const clock = appealClock(appeal, now);
  const textId = useId();
  const setAmazon = (patch: Partial<typeof amazon>) => edit((c) => ({ ...c, amazon: { ...c.amazon, ...patch } }));

  return (
    <>
      {appeal.notificationId === null && <LinkForm notifications={notifications ?? []} onLink={onLink} />}
      {fromSource ? (
        <div className="form-field">
          <p id={textId} className="field-name">
            {i18n.t('appeal.amazon.text')}
          </p>
          <blockquote aria-labelledby={textId} className="amazon-text">
            {amazon.text}
          </blockquote>
        </div>
      ) : (
        <AppealField
          label={i18n.t('appeal.amazon.paste')}
          hint={i18n.t('appeal.amazon.pasteHint')}
          value={amazon.text}
          onChange={(text) => setAmazon({ text })}
          onBlur={flush}
          multiline
          rows={8}
        />
      )}
      <AppealField
        label={i18n.t('appeal.amazon.policy')}
        value={amazon.policy}
        onChange={(policy) => setAmazon({ policy })}
        onBlur={flush}
      />
      <AppealField
        label={i18n.t('appeal.amazon.asins')}
        hint={i18n.t('appeal.amazon.asinsHint')}
        value={asinText}
        onChange={(text) => {
          setAsinText(text);
          setAmazon({ asins: asinsFrom(text) });
        }}
        onBlur={flush}
      />
      <dl className="fields">
        {amazon.metric !== null && (
          <div className="field">
            <dt>{i18n.t('notification.field.metric')}</dt>
            <dd>{metricLabel(i18n, amazon.metric)}</dd>
          </div>
        )}
        <div className="field">
          <dt>{i18n.t('notification.field.deadline')}</dt>
          <dd>
            {i18n.t(clock.from === 'amazon' ? 'appeal.amazon.deadlineAmazon' : 'appeal.amazon.deadlineWindow', {
              when: formatDateTime(i18n, clock.deadline),
            })}
          </dd>
        </div>
      </dl>
    </>
  );
}

function LinkForm({
  notifications,
  onLink,
}: {
  notifications: readonly { id: string; title: string; status: string }[];
  onLink(id: string): void;
}) {
  const i18n = useTranslator();
  const open = notifications.filter((n) => n.status === 'open');
  const [chosen, setChosen] = useState('');
  const id = useId();
  return (
    <div className="form-field link-form">
      <label htmlFor={id}>{i18n.t('appeal.link.label')}</label>
      <span className="link-row">
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{i18n.t('appeal.link.choose')}</option>
          {open.map((n) => (
            <option key={n.id} value={n.id}>
              {n.title}
            </option>
          ))}
        </select>
        <button type="button" disabled={chosen === ''} onClick={() => onLink(chosen)}>
          {i18n.t('appeal.link.action')}
        </button>
      </span>
      <p className="form-hint">{i18n.t('appeal.link.hint')}</p>
    </div>
  );
}
