// The local log of Seller Support contacts: a form to record one (channel, date, Amazon's case id,
// a note) about the chosen notification, the host's warning when it repeats an earlier one within
// the set days (recorded only on "Record anyway"), the days themselves, and every contact so far.
import { useId, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { contactChannels, type ContactChannel } from '../../../main/core/support/contact-log';
import { useFlagwatch } from '../../app/store-context';
import { useTranslator } from '../../i18n/i18n-context';
import { RepeatWarning } from './RepeatWarning';
import type { ContactForm, SupportStore } from './support-store';

export function ContactLog({ store, notificationId }: { store: SupportStore; notificationId: string | null }) {
  const contacts = useStore(store, (s) => s.contacts);
  const heldBack = useStore(store, (s) => s.heldBack);
  const recorded = useStore(store, (s) => s.recorded);
  const repeatDays = useStore(store, (s) => s.repeatDays);
  const notifications = useFlagwatch((s) => s.inbox?.notifications);
  const i18n = useTranslator();
  const ids = { heading: useId(), channel: useId(), date: useId(), caseId: useId(), note: useId(), days: useId() };
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [date, setDate] = useState(() => localDay(new Date()));
  const [caseId, setCaseId] = useState('');
  const [note, setNote] = useState('');
  const [days, setDays] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form: ContactForm = { at: instantOf(date), channel, caseId, note, notificationId };
    if (await store.getState().record(form, false)) clear();
  }

  async function recordAnyway() {
    if (heldBack && (await store.getState().record(heldBack.form, true))) clear();
  }

  function clear() {
    setCaseId('');
    setNote('');
  }

  const title = (id: string | null) => notifications?.find((n) => n.id === id)?.title;

  return (
    <section aria-labelledby={ids.heading} className="contact-log">
      <h3 id={ids.heading}>{i18n.t('support.log.heading')}</h3>
      <form onSubmit={(e) => void submit(e)} className="contact-form">
        <div className="form-field">
          <label htmlFor={ids.channel}>{i18n.t('support.log.channel')}</label>
          <select
            id={ids.channel}
            value={channel}
            onChange={(e) => setChannel(contactChannels.find((c) => c === e.target.value) ?? 'phone')}
          >
            {contactChannels.map((c) => (
              <option key={c} value={c}>
                {i18n.t(`support.channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.date}>{i18n.t('support.log.date')}</label>
          <input id={ids.date} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.caseId}>{i18n.t('support.log.caseId')}</label>
          <input id={ids.caseId} value={caseId} maxLength={200} onChange={(e) => setCaseId(e.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.note}>{i18n.t('support.log.note')}</label>
          <textarea id={ids.note} value={note} rows={2} maxLength={10_000} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit">{i18n.t('support.log.record')}</button>
          <span role="status">{recorded ? i18n.t('support.log.recorded') : ''}</span>
        </div>
      </form>
      {heldBack && (
        <div className="held-back">
          <RepeatWarning contact={heldBack.repeatOf} />
          <button type="button" onClick={() => void recordAnyway()}>
            {i18n.t('support.log.recordAnyway')}
          </button>
        </div>
      )}
      {repeatDays !== null && (
        <form
          className="repeat-days"
          onSubmit={(e) => {
            e.preventDefault();
            if (days !== null) void store.getState().saveRepeatDays(Number(days));
          }}
        >
          <label htmlFor={ids.days}>{i18n.t('support.log.windowDays')}</label>
          <input
            id={ids.days}
            type="number"
            min={1}
            max={365}
            step={1}
            required
            value={days ?? String(repeatDays)}
            onChange={(e) => setDays(e.target.value)}
          />
          <button type="submit">{i18n.t('support.log.windowSave')}</button>
        </form>
      )}
      {contacts !== null &&
        (contacts.length === 0 ? (
          <p>{i18n.t('support.log.empty')}</p>
        ) : (
          <ul className="contacts" aria-labelledby={ids.heading}>
            {contacts.map((c) => (
              <li key={c.id}>
                <p>
                  {i18n.t('support.log.entry', {
                    when: i18n.date(c.at, 'date'),
                    channel: i18n.t(`support.channel.${c.channel}`),
                  })}
                  {c.caseId !== '' && ` · ${i18n.t('support.log.entryCase', { caseId: c.caseId })}`}
                </p>
                {title(c.notificationId) && (
                  <p className="form-hint">{i18n.t('support.log.about', { title: title(c.notificationId)! })}</p>
                )}
                {c.note !== '' && <p className="contact-note">{c.note}</p>}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** "YYYY-MM-DD" of the local day, as a date field holds it. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's date means now; another day, its local noon (a date field has no time). */
function instantOf(day: string): string {
  const now = new Date();
  return day === localDay(now) ? now.toISOString() : new Date(`${day}T12:00:00`).toISOString();
}
