// The mailboxes Amazon's notices are read from, in the Accounts view: list, add, edit, remove,
// "Test connection" with its answer in plain words, and how each mailbox's reading goes (when it
// was last read, or why it fails), kept up to date as the host reports it.
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { MailboxEntry } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { useNow } from '../../app/use-now';
import { formatMoment } from '../../format/dates';
import { marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { failureText } from '../../state/failure';
import '../accounts/accounts.css';
import { testAnswerText, watchText } from './mailbox-words';
import { MailboxForm, useInboxAccounts } from './MailboxForm';
import { createMailboxesStore, type MailboxesStore } from './mailboxes-store';

/** What the form is doing: nothing, adding, or editing one mailbox. */
type Editing = null | 'new' | string;

export function Mailboxes() {
  const api = useApi();
  const [store] = useState(() => createMailboxesStore(api));
  const entries = useStore(store, (s) => s.entries);
  const problem = useStore(store, (s) => s.problem);
  const [editing, setEditing] = useState<Editing>(null);
  const i18n = useTranslator();
  const headingId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  // The form closed (saved or cancelled): the focus goes back to where it was opened from.
  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => addRef.current?.focus());
  };

  useEffect(() => {
    void store.getState().load();
    return api.on('mailboxes.changed', () => void store.getState().load());
  }, [api, store]);

  const edited = entries?.find((e) => e.config.id === editing)?.config ?? null;
  return (
    <section aria-labelledby={headingId} className="accounts">
      <h2 id={headingId}>{i18n.t('mailboxes.title')}</h2>
      <p>{i18n.t('mailboxes.intro')}</p>
      {problem && (
        <div role="alert" className="banner banner-error">
          <p>{failureText(i18n, problem)}</p>
          <button type="button" className="button-quiet" onClick={store.getState().dismissProblem}>
            {i18n.t('window.dismiss')}
          </button>
        </div>
      )}
      {entries === null ? (
        <p className="loading">{i18n.t('mailboxes.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="empty">{i18n.t('mailboxes.empty')}</p>
      ) : (
        <ul aria-label={i18n.t('mailboxes.title')} className="account-list">
          {entries.map((entry) => (
            <MailboxItem key={entry.config.id} entry={entry} store={store} onEdit={() => setEditing(entry.config.id)} />
          ))}
        </ul>
      )}
      {editing === null ? (
        <button ref={addRef} type="button" onClick={() => setEditing('new')}>
          {i18n.t('mailboxes.add')}
        </button>
      ) : (
        <MailboxForm
          key={editing}
          editing={editing === 'new' ? null : edited}
          onSave={store.getState().save}
          onCancel={close}
        />
      )}
    </section>
  );
}

function MailboxItem({ entry, store, onEdit }: { entry: MailboxEntry; store: MailboxesStore; onEdit(): void }) {
  const { config, hasSecret, lastTest, watch } = entry;
  const testing = useStore(store, (s) => s.testing.has(config.id));
  const fresh = useStore(store, (s) => s.results[config.id]);
  const accounts = useInboxAccounts();
  const [confirming, setConfirming] = useState(false);
  const i18n = useTranslator();
  const now = useNow();
  const nameId = useId();
  const result = fresh ?? lastTest?.result;
  const name = i18n.t('mailboxes.name', { user: config.user, host: config.host });
  const accountName = accounts.find((a) => a.id === config.accountId)?.name ?? config.accountId;
  const folders = config.watchSpam
    ? i18n.t('mailboxes.field.foldersValue', {
        inbox: config.inboxFolder,
        spam: config.spamFolder ?? i18n.t('mailboxes.spam.found'),
      })
    : i18n.t('mailboxes.field.inboxOnly', { inbox: config.inboxFolder });

  return (
    <li aria-labelledby={nameId} className="account">
      <h3 id={nameId}>{name}</h3>
      <dl className="fields">
        <Field term={i18n.t('mailboxes.field.server')}>
          {i18n.t('mailboxes.field.serverValue', {
            host: config.host,
            port: String(config.port),
            security: i18n.t(`mailboxes.security.${config.security}`),
          })}
        </Field>
        <Field term={i18n.t('mailboxes.field.folders')}>{folders}</Field>
        <Field term={i18n.t('mailboxes.field.account')}>
          {i18n.t('mailboxes.field.accountValue', {
            account: accountName,
            marketplace: marketplaceLabel(i18n, config.marketplaceId),
          })}
        </Field>
        <Field term={i18n.t('mailboxes.field.secret')}>
          {i18n.t(hasSecret ? 'mailboxes.secret.stored' : 'mailboxes.secret.missing')}
        </Field>
        <Field term={i18n.t('mailboxes.field.reading')}>{watchText(i18n, watch, config, now)}</Field>
      </dl>
      <div className="account-actions">
        <button type="button" onClick={onEdit} aria-label={i18n.t('mailboxes.editLabel', { name })}>
          {i18n.t('mailboxes.edit')}
        </button>
        <button
          type="button"
          onClick={() => void store.getState().test(config.id)}
          disabled={testing}
          aria-label={i18n.t('mailboxes.testLabel', { name })}
        >
          {i18n.t(testing ? 'mailboxes.testing' : 'mailboxes.test')}
        </button>
        <button
          type="button"
          onClick={() => setConfirming(true)}
          aria-label={i18n.t('mailboxes.removeLabel', { name })}
        >
          {i18n.t('mailboxes.remove')}
        </button>
      </div>
      {confirming && (
        <div role="group" aria-label={i18n.t('mailboxes.confirm.label', { name })} className="confirm">
          <p>{i18n.t('mailboxes.confirm.text', { name })}</p>
          <button type="button" onClick={() => void store.getState().remove(config.id)}>
            {i18n.t('mailboxes.confirm.yes')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            {i18n.t('mailboxes.confirm.no')}
          </button>
        </div>
      )}
      {testing ? (
        <p role="status" aria-label={i18n.t('mailboxes.connectionLabel', { name })}>
          {i18n.t('mailboxes.testingConnection')}
        </p>
      ) : (
        result && (
          // A success is a status; a failure an alert, since the seller has something to fix.
          <p
            role={result.ok ? 'status' : 'alert'}
            aria-label={i18n.t('mailboxes.connectionLabel', { name })}
            className={result.ok ? 'test-ok' : 'test-failed'}
          >
            {fresh || !lastTest
              ? testAnswerText(i18n, result, config.host)
              : i18n.t('mailboxes.testedAt', {
                  answer: testAnswerText(i18n, result, config.host),
                  when: formatMoment(i18n, lastTest.at, now),
                })}
          </p>
        )
      )}
    </li>
  );
}

function Field({ term, children }: { term: string; children: string }) {
  return (
    <div className="field">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
