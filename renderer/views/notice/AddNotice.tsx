// "Add from text": paste Amazon's notification, see what Flagwatch read, correct it, choose the
// account and marketplace, save. Amazon's words are shown and edited as plain text.
import { useId, useState, type FormEvent } from 'react';
import { metricGroups, type ParsedNotice } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { hrefFor } from '../../app/route';
import { groupLabel } from '../../format/labels';
import { Labelled } from '../../forms/Labelled';
import { useTranslator } from '../../i18n/i18n-context';
import { messageText, type Message } from '../../i18n/message';
import { failureOf, failureText, type Failure } from '../../state/failure';
import { AccountMarketplacePicker } from '../AccountMarketplacePicker';
import { placeChosen, type Place } from '../place-chosen';
import { useInboxAccounts } from '../use-inbox-accounts';
import { NoticeLinks } from './NoticeLinks';
import { deadlineFieldValue, draftOf, noticeOf, problemsOf, type NoticeDraft, type NoticeField } from './notice-draft';
import '../../styles/forms.css';
import './notice.css';

const noticeGroups = ['customer-service', 'policy-compliance', 'shipping', 'account'] as const;
const inboxGroup = Object.fromEntries(noticeGroups.map((g, i) => [g, metricGroups[i]!])) as Record<
  ParsedNotice['metricGroup'],
  (typeof metricGroups)[number]
>;

type Saved = { id: string; outcome: 'created' | 'linked' | 'duplicate' };

export function AddNotice() {
  const api = useApi();
  const i18n = useTranslator();
  const accounts = useInboxAccounts();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<'reading' | 'saving' | null>(null);
  const [refusal, setRefusal] = useState<Message | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [parsed, setParsed] = useState<ParsedNotice | null>(null);
  const [draft, setDraft] = useState<NoticeDraft | null>(null);
  const [problems, setProblems] = useState<Partial<Record<NoticeField, Message>>>({});
  const [wanted, setWanted] = useState<Place>({ accountId: '', marketplaceId: '' });
  const [saved, setSaved] = useState<Saved | null>(null);
  const headingId = useId();

  const place = placeChosen(accounts, wanted);
  const marketplace = place.marketplaceId || undefined;

  async function read(event: FormEvent) {
    event.preventDefault();
    setBusy('reading');
    setRefusal(null);
    setFailure(null);
    setSaved(null);
    try {
      const result = await api.invoke('notice.parse', { text });
      if (result.ok) {
        setParsed(result.notice);
        setDraft(draftOf(result.notice));
        setProblems({});
      } else {
        setParsed(null);
        setDraft(null);
        setRefusal({ key: `notice.reason.${result.reason}` });
      }
    } catch (error) {
      setFailure(failureOf('notice.failure.read', error));
    } finally {
      setBusy(null);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!parsed || !draft || !place.accountId || !marketplace) return;
    const found = problemsOf(parsed, draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy('saving');
    setFailure(null);
    try {
      const answer = await api.invoke('notice.add', {
        notice: noticeOf(parsed, draft),
        accountId: place.accountId,
        marketplaceId: marketplace,
      });
      setSaved({ id: answer.id, outcome: answer.created ? 'created' : answer.linked ? 'linked' : 'duplicate' });
    } catch (error) {
      setFailure(failureOf('notice.failure.save', error));
    } finally {
      setBusy(null);
    }
  }

  const change = (field: keyof NoticeDraft) => (value: string) => setDraft((d) => (d ? { ...d, [field]: value } : d));
  const problem = (field: NoticeField) => problems[field] && messageText(i18n, problems[field]);

  return (
    <section aria-labelledby={headingId} className="add-notice">
      <h2 id={headingId}>{i18n.t('notice.title')}</h2>
      <p>{i18n.t('notice.intro')}</p>
      <form onSubmit={(e) => void read(e)} noValidate>
        <Labelled label={i18n.t('notice.text.label')}>
          {(props) => (
            <textarea {...props} rows={12} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
          )}
        </Labelled>
        <div className="form-actions">
          <button type="submit" disabled={busy !== null || text.trim() === ''}>
            {i18n.t(busy === 'reading' ? 'notice.reading' : 'notice.action.read')}
          </button>
        </div>
      </form>
      {refusal && <p role="alert">{messageText(i18n, refusal)}</p>}
      {failure && <p role="alert">{failureText(i18n, failure)}</p>}

      {parsed && draft && (
        <form onSubmit={(e) => void save(e)} noValidate aria-label={i18n.t('notice.fields')} className="notice-fields">
          <h3>{i18n.t('notice.fields')}</h3>
          <TextField
            label={i18n.t('notice.field.title')}
            value={draft.title}
            onChange={change('title')}
            error={problem('title')}
          />
          <Labelled label={i18n.t('notice.field.group')}>
            {(props) => (
              <select {...props} value={draft.metricGroup} onChange={(e) => change('metricGroup')(e.target.value)}>
                {noticeGroups.map((g) => (
                  <option key={g} value={g}>
                    {groupLabel(i18n, inboxGroup[g])}
                  </option>
                ))}
              </select>
            )}
          </Labelled>
          <TextField label={i18n.t('notice.field.policy')} value={draft.policy} onChange={change('policy')} />
          <TextField
            label={i18n.t('notice.field.asins')}
            value={draft.asins}
            onChange={change('asins')}
            hint={i18n.t('notice.field.asins.hint')}
            error={problem('asins')}
          />
          <Labelled
            label={i18n.t('notice.field.deadline')}
            hint={
              parsed.deadlineText === null
                ? undefined
                : i18n.t('notice.field.deadline.stated', { words: parsed.deadlineText })
            }
            error={problem('deadline')}
          >
            {(props) => (
              <input
                {...props}
                type="datetime-local"
                value={deadlineFieldValue(parsed, draft, marketplace)}
                onChange={(e) => change('deadline')(e.target.value)}
              />
            )}
          </Labelled>
          <Labelled label={i18n.t('notice.field.requiredAction')}>
            {(props) => (
              <textarea
                {...props}
                rows={3}
                value={draft.requiredAction}
                onChange={(e) => change('requiredAction')(e.target.value)}
              />
            )}
          </Labelled>
          <p>
            {i18n.t('notice.field.language')}: {i18n.t(`notice.language.${parsed.language}`)}
          </p>
          <NoticeLinks links={parsed.links} />
          {place.accountId === '' ? (
            <p role="alert">{i18n.t('notice.noAccounts')}</p>
          ) : (
            <>
              <AccountMarketplacePicker
                labels={{ account: i18n.t('notice.field.account'), marketplace: i18n.t('notice.field.marketplace') }}
                accounts={accounts}
                place={place}
                onChange={setWanted}
              />
              <div className="form-actions">
                <button type="submit" disabled={busy !== null}>
                  {i18n.t(busy === 'saving' ? 'notice.saving' : 'notice.action.save')}
                </button>
              </div>
            </>
          )}
          {saved && (
            <p role="status">
              {i18n.t(`notice.saved.${saved.outcome}`)}{' '}
              <a href={hrefFor({ view: 'notification', id: saved.id })}>{i18n.t('notice.saved.open')}</a>
            </p>
          )}
        </form>
      )}
    </section>
  );
}

function TextField({
  label,
  value,
  onChange,
  hint,
  error,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string;
}) {
  return (
    <Labelled label={label} hint={hint} error={error}>
      {(props) => (
        <input {...props} type="text" spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Labelled>
  );
}
