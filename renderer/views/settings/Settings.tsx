// How often Flagwatch checks, when it keeps quiet, when the morning digest comes, and which
// language it speaks: pause and quiet hours hold back desktop notifications, all but the critical
// ones. demoSpeed is left out: it only matters to the demo. A saved language applies to the whole
// window at once.
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { LanguageSettingSchema, type LanguageSetting } from '../../../main/core/i18n/locales';
import type { Translator } from '../../../main/core/i18n/translator';
import { useApi } from '../../app/api-context';
import { applyTheme } from '../../app/theme';
import { sentences } from '../../app/sentences';
import { useFlagwatch } from '../../app/store-context';
import { useLanguage, useTranslator } from '../../i18n/i18n-context';
import { messageText, type Message } from '../../i18n/message';
import { failureText } from '../../state/failure';
import '../../styles/forms.css';
import { pollIntervalLimits } from '../../../preload/contract';
import { checkDraft, draftOf, type DraftField, type SettingsDraft } from './settings-draft';
import { createSettingsStore } from './settings-store';
import './settings.css';
import { AlertFields } from './AlertFields';
import { AppearanceFields } from './AppearanceFields';
import { DataFolderSection } from './DataFolderSection';
import { ShownFields } from './ShownFields';
import { useHostInfo } from './use-host-info';

type Errors = Partial<Record<DraftField, Message>>;

export function Settings() {
  const api = useApi();
  const [store] = useState(() => createSettingsStore(api));
  const settings = useStore(store, (s) => s.settings);
  const outcome = useStore(store, (s) => s.outcome);
  // The tray's Pause item changes this too; the status event tells, and the form follows.
  const pausedElsewhere = useFlagwatch((s) => s.status?.notificationsPaused);
  // Only what the seller changed; everything else shows the host's current value.
  const [edits, setEdits] = useState<Partial<SettingsDraft>>({});
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const i18n = useTranslator();
  const { follow } = useLanguage();
  const headingId = useId();
  const ids = useId();
  const savedLanguage = settings?.language;
  const savedTheme = settings?.theme;
  const host = useHostInfo(api);

  useEffect(() => void store.getState().load(), [store, pausedElsewhere]);
  // The host holds the language now: the whole window speaks it.
  useEffect(() => {
    if (savedLanguage) void follow(savedLanguage);
  }, [follow, savedLanguage]);
  useEffect(() => {
    if (savedTheme) applyTheme(savedTheme);
  }, [savedTheme]);

  if (settings === null) {
    return outcome?.kind === 'problem' ? (
      <p role="alert">{failureText(i18n, outcome.failure)}</p>
    ) : (
      <p className="loading">{i18n.t('settings.loading')}</p>
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
  const criticalStillComes = i18n.t('settings.criticalStillComes');
  return (
    <section aria-labelledby={headingId} className="settings">
      <h2 id={headingId}>{i18n.t('settings.title')}</h2>
      <form aria-labelledby={headingId} className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-field">
          <label htmlFor={`${ids}-language`}>{i18n.t('common.language')}</label>
          <select
            id={`${ids}-language`}
            className="settings-language"
            value={draft.language}
            onChange={(e) => edit('language', LanguageSettingSchema.parse(e.target.value))}
          >
            {LanguageSettingSchema.options.map((language: LanguageSetting) => (
              <option key={language} value={language} lang={language === 'system' ? undefined : language}>
                {i18n.t(`common.language.${language}`)}
              </option>
            ))}
          </select>
        </div>

        <div className="form-field">
          <label htmlFor={`${ids}-interval`}>{i18n.t('settings.interval')}</label>
          <span className="settings-interval">
            <input
              id={`${ids}-interval`}
              type="number"
              inputMode="numeric"
              min={pollIntervalLimits.min}
              max={pollIntervalLimits.max}
              step={1}
              value={draft.interval}
              onChange={(e) => edit('interval', e.target.value)}
              aria-invalid={Boolean(errors.interval)}
              aria-describedby={describedBy(`${ids}-interval-hint`, 'interval')}
            />{' '}
            {i18n.t('settings.minutes')}
          </span>
          <Hint id={`${ids}-interval-hint`}>{i18n.t('settings.interval.hint')}</Hint>
        </div>

        <div className="form-field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.paused}
              onChange={(e) => edit('paused', e.target.checked)}
              aria-describedby={`${ids}-paused-hint`}
            />
            {i18n.t('settings.paused')}
          </label>
          <Hint id={`${ids}-paused-hint`}>{sentences(i18n, [i18n.t('settings.paused.hint'), criticalStillComes])}</Hint>
        </div>

        <fieldset className="form-field settings-quiet" aria-describedby={`${ids}-quiet-hint`}>
          <legend className="visually-hidden">{i18n.t('settings.quiet')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.quietEnabled}
              onChange={(e) => edit('quietEnabled', e.target.checked)}
            />
            {i18n.t('settings.quiet')}
          </label>
          <span className="settings-times">
            <TimeInput
              label={i18n.t('settings.quiet.from')}
              field="quietStart"
              draft={draft}
              edit={edit}
              errorId={errorId}
              ids={ids}
            />
            <TimeInput
              label={i18n.t('settings.quiet.until')}
              field="quietEnd"
              draft={draft}
              edit={edit}
              errorId={errorId}
              ids={ids}
            />
          </span>
          <Hint id={`${ids}-quiet-hint`}>{sentences(i18n, [i18n.t('settings.quiet.hint'), criticalStillComes])}</Hint>
        </fieldset>

        <fieldset className="form-field settings-digest" aria-describedby={`${ids}-digest-hint`}>
          <legend className="visually-hidden">{i18n.t('settings.digest')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.digestEnabled}
              onChange={(e) => edit('digestEnabled', e.target.checked)}
            />
            {i18n.t('settings.digest')}
          </label>
          <span className="settings-time">
            <label htmlFor={`${ids}-digestTime`}>{i18n.t('settings.digest.at')}</label>
            <input
              id={`${ids}-digestTime`}
              type="time"
              value={draft.digestTime}
              disabled={!draft.digestEnabled}
              onChange={(e) => edit('digestTime', e.target.value)}
              aria-invalid={Boolean(errors.digestTime)}
              aria-describedby={errorId('digestTime')}
            />
          </span>
          <fieldset className="settings-days" disabled={!draft.digestEnabled}>
            <legend>{i18n.t('settings.digest.days')}</legend>
            {weekOrder.map((day) => (
              <label key={day} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.digestDays.includes(day)}
                  onChange={(e) =>
                    edit(
                      'digestDays',
                      e.target.checked ? [...draft.digestDays, day] : draft.digestDays.filter((d) => d !== day),
                    )
                  }
                />
                {weekdayName(i18n, day)}
              </label>
            ))}
          </fieldset>
          <Hint id={`${ids}-digest-hint`}>{i18n.t('settings.digest.hint')}</Hint>
        </fieldset>

        <AlertFields draft={draft} edit={edit} ids={ids} />
        <ShownFields draft={draft} edit={edit} ids={ids} />
        <AppearanceFields draft={draft} edit={edit} ids={ids} host={host} />

        {(outcome?.kind === 'problem' || Object.keys(errors).length > 0) && (
          <div role="alert" className="banner banner-error">
            {outcome?.kind === 'problem' && <p>{failureText(i18n, outcome.failure)}</p>}
            {(Object.keys(errors) as DraftField[]).map((field) => (
              <p key={field} id={errorId(field)} className="form-error">
                {messageText(i18n, errors[field]!)}
              </p>
            ))}
          </div>
        )}
        <div className="form-actions">
          <button type="submit" disabled={saving}>
            {i18n.t(saving ? 'window.saving' : 'common.save')}
          </button>
        </div>
        <p role="status" className="settings-saved">
          {outcome?.kind === 'saved' && Object.keys(edits).length === 0 ? i18n.t(outcome.key) : ''}
        </p>
      </form>
      {host && <DataFolderSection host={host} />}
    </section>
  );
}

/** Monday first, as calendars in both languages show the week. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0] as const;

/** The weekday's name in the window's language: 1 November 2026 was a Sunday (day 0). */
function weekdayName(i18n: Translator, day: number): string {
  return i18n.date(new Date(2026, 10, 1 + day), 'weekday');
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
