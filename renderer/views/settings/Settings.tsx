// How often Flagwatch checks, and when it keeps quiet: pause and quiet hours hold back desktop
// notifications, all but the critical ones. demoSpeed is left out: it only matters to the demo.
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useFlagwatch } from '../../app/store-context';
import { checkDraft, draftOf, intervalLimits, type DraftField, type SettingsDraft } from './settings-draft';
import { createSettingsStore } from './settings-store';
import type { FlagwatchApi } from '../../../preload/contract';

type Errors = Partial<Record<DraftField, string>>;

const criticalStillComes = 'Critical ones (an account at risk or deactivated) still come through.';

export function Settings({ api }: { api: FlagwatchApi }) {
  const [store] = useState(() => createSettingsStore(api));
  const settings = useStore(store, (s) => s.settings);
  const outcome = useStore(store, (s) => s.outcome);
  // The tray's Pause item changes this too; the status event tells, and the form follows.
  const pausedElsewhere = useFlagwatch((s) => s.status?.notificationsPaused);
  // Only what the seller changed; everything else shows the host's current value.
  const [edits, setEdits] = useState<Partial<SettingsDraft>>({});
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const headingId = useId();
  const ids = useId();

  useEffect(() => void store.getState().load(), [store, pausedElsewhere]);

  if (settings === null) {
    return outcome?.kind === 'problem' ? (
      <p role="alert">{outcome.message}</p>
    ) : (
      <p className="loading">Loading settings…</p>
    );
  }
  const draft = { ...draftOf(settings), ...edits };
  const edit = <F extends DraftField>(field: F, value: SettingsDraft[F]) => setEdits((e) => ({ ...e, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (settings === null) return;
    const checked = checkDraft(draft, settings);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setSaving(true);
    if (await store.getState().save(checked.patch)) setEdits({});
    setSaving(false);
  }

  const errorId = (field: DraftField) => (errors[field] ? `${ids}-${field}-error` : undefined);
  const describedBy = (hint: string, field: DraftField) => [hint, errorId(field)].filter(Boolean).join(' ');
  const failed = outcome?.kind === 'problem';
  return (
    <section aria-labelledby={headingId} className="settings">
      <h2 id={headingId}>Settings</h2>
      <form aria-labelledby={headingId} className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-field">
          <label htmlFor={`${ids}-interval`}>Check every</label>
          <span className="settings-interval">
            <input
              id={`${ids}-interval`}
              type="number"
              inputMode="numeric"
              min={intervalLimits.min}
              max={intervalLimits.max}
              step={1}
              value={draft.interval}
              onChange={(e) => edit('interval', e.target.value)}
              aria-invalid={Boolean(errors.interval)}
              aria-describedby={describedBy(`${ids}-interval-hint`, 'interval')}
            />{' '}
            minutes
          </span>
          <Hint id={`${ids}-interval-hint`}>
            Amazon accounts are never checked more often than their own minimum, even if you choose less here.
          </Hint>
        </div>

        <div className="form-field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.paused}
              onChange={(e) => edit('paused', e.target.checked)}
              aria-describedby={`${ids}-paused-hint`}
            />
            Pause desktop notifications
          </label>
          <Hint id={`${ids}-paused-hint`}>
            Flagwatch keeps checking and the inbox stays up to date, but shows no desktop notifications.{' '}
            {criticalStillComes}
          </Hint>
        </div>

        <fieldset className="form-field settings-quiet" aria-describedby={`${ids}-quiet-hint`}>
          <legend className="visually-hidden">Quiet hours</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.quietEnabled}
              onChange={(e) => edit('quietEnabled', e.target.checked)}
            />
            Quiet hours
          </label>
          <span className="settings-times">
            <TimeInput label="From" field="quietStart" draft={draft} edit={edit} errorId={errorId} ids={ids} />
            <TimeInput label="Until" field="quietEnd" draft={draft} edit={edit} errorId={errorId} ids={ids} />
          </span>
          <Hint id={`${ids}-quiet-hint`}>
            No desktop notifications between these times, every day; they may span midnight, like 22:00 until 07:00.{' '}
            {criticalStillComes}
          </Hint>
        </fieldset>

        {(failed || Object.keys(errors).length > 0) && (
          <div role="alert" className="banner banner-error">
            {failed && <p>{outcome.message}</p>}
            {(Object.keys(errors) as DraftField[]).map((field) => (
              <p key={field} id={errorId(field)} className="form-error">
                {errors[field]}
              </p>
            ))}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
        <p role="status" className="settings-saved">
          {outcome?.kind === 'saved' && Object.keys(edits).length === 0 ? outcome.message : ''}
        </p>
      </form>
    </section>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="form-hint">
      {children}
    </p>
  );
}

function TimeInput({
  label,
  field,
  draft,
  edit,
  errorId,
  ids,
}: {
  label: string;
  field: 'quietStart' | 'quietEnd';
  draft: SettingsDraft;
  edit(field: 'quietStart' | 'quietEnd', value: string): void;
  errorId(field: DraftField): string | undefined;
  ids: string;
}) {
  const id = `${ids}-${field}`;
  return (
    <span className="settings-time">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={draft[field]}
        disabled={!draft.quietEnabled}
        onChange={(e) => edit(field, e.target.value)}
        aria-invalid={Boolean(errorId(field))}
        aria-describedby={errorId(field)}
      />
    </span>
  );
}
