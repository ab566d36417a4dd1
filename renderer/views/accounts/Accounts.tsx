// The Amazon (SP-API) accounts Flagwatch reads: list, add, edit, remove, and "Test connection"
// with its answer in plain words.
import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import type { AccountEntry, ConnectionTestResult } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { useNow } from '../../app/use-now';
import { formatMoment } from '../../format/dates';
import { marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { failureText } from '../../state/failure';
import { AccountForm } from './AccountForm';
import './accounts.css';
import { createAccountsStore, type AccountsStore } from './accounts-store';
import { testAnswerText } from './test-answer';

/** What the form is doing: nothing, adding, or editing one account. */
type Editing = null | 'new' | string;

export function Accounts() {
  const api = useApi();
  const [store] = useState(() => createAccountsStore(api));
  const entries = useStore(store, (s) => s.entries);
  const problem = useStore(store, (s) => s.problem);
  const [editing, setEditing] = useState<Editing>(null);
  const i18n = useTranslator();
  const headingId = useId();

  useEffect(() => void store.getState().load(), [store]);

  const edited = entries?.find((e) => e.config.id === editing)?.config ?? null;
  return (
    <section aria-labelledby={headingId} className="accounts">
      <h2 id={headingId}>{i18n.t('accounts.title')}</h2>
      <p>{i18n.t('accounts.intro')}</p>
      {problem && (
        <div role="alert" className="banner banner-error">
          <p>{failureText(i18n, problem)}</p>
          <button type="button" className="button-quiet" onClick={store.getState().dismissProblem}>
            {i18n.t('window.dismiss')}
          </button>
        </div>
      )}
      {entries === null ? (
        <p className="loading">{i18n.t('accounts.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="empty">{i18n.t('accounts.empty')}</p>
      ) : (
        <ul aria-label={i18n.t('accounts.title')} className="account-list">
          {entries.map((entry) => (
            <AccountItem key={entry.config.id} entry={entry} store={store} onEdit={() => setEditing(entry.config.id)} />
          ))}
        </ul>
      )}
      {editing === null ? (
        <button type="button" onClick={() => setEditing('new')}>
          {i18n.t('accounts.add')}
        </button>
      ) : (
        <AccountForm
          key={editing}
          editing={editing === 'new' ? null : edited}
          onSave={store.getState().save}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function AccountItem({ entry, store, onEdit }: { entry: AccountEntry; store: AccountsStore; onEdit(): void }) {
  const { config, hasSecrets, lastTest } = entry;
  const testing = useStore(store, (s) => s.testing.has(config.id));
  const fresh = useStore(store, (s) => s.results[config.id]);
  const [confirming, setConfirming] = useState(false);
  const i18n = useTranslator();
  const now = useNow();
  const nameId = useId();
  const result = fresh ?? lastTest?.result;
  const name = config.name;

  return (
    <li aria-labelledby={nameId} className="account">
      <h3 id={nameId}>{name}</h3>
      <dl className="fields">
        <div className="field">
          <dt>{i18n.t('accounts.field.region')}</dt>
          <dd>{i18n.t(`accounts.region.${config.region}`)}</dd>
        </div>
        <div className="field">
          <dt>{i18n.t('accounts.field.marketplaces')}</dt>
          <dd>{i18n.list(config.marketplaceIds.map((id) => marketplaceLabel(i18n, id)))}</dd>
        </div>
        <div className="field">
          <dt>{i18n.t('accounts.field.sellerId')}</dt>
          <dd>{config.sellerId}</dd>
        </div>
        <div className="field">
          <dt>{i18n.t('accounts.field.credentials')}</dt>
          <dd>{i18n.t(hasSecrets ? 'accounts.credentials.stored' : 'accounts.credentials.missing')}</dd>
        </div>
      </dl>
      <div className="account-actions">
        <button type="button" onClick={onEdit} aria-label={i18n.t('accounts.editLabel', { name })}>
          {i18n.t('accounts.edit')}
        </button>
        <button
          type="button"
          onClick={() => void store.getState().test(config.id)}
          disabled={testing}
          aria-label={i18n.t('accounts.testLabel', { name })}
        >
          {i18n.t(testing ? 'accounts.testing' : 'accounts.test')}
        </button>
        <button type="button" onClick={() => setConfirming(true)} aria-label={i18n.t('accounts.removeLabel', { name })}>
          {i18n.t('accounts.remove')}
        </button>
      </div>
      {confirming && (
        <div role="group" aria-label={i18n.t('accounts.confirm.label', { name })} className="confirm">
          <p>{i18n.t('accounts.confirm.text', { name })}</p>
          <button type="button" onClick={() => void store.getState().remove(config.id)}>
            {i18n.t('accounts.confirm.yes')}
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            {i18n.t('accounts.confirm.no')}
          </button>
        </div>
      )}
      {testing ? (
        <p role="status" aria-label={i18n.t('accounts.connectionLabel', { name })}>
          {i18n.t('accounts.testingConnection')}
        </p>
      ) : (
        result && (
          <TestAnswer
            name={name}
            text={testAnswerText(i18n, result, config.marketplaceIds)}
            result={result}
            at={fresh ? null : (lastTest?.at ?? null)}
            now={now}
          />
        )
      )}
    </li>
  );
}

/** A success is a status; a failure an alert, since the seller has something to fix. */
function TestAnswer({
  name,
  text,
  result,
  at,
  now,
}: {
  name: string;
  text: string;
  result: ConnectionTestResult;
  at: string | null;
  now: Date;
}) {
  const i18n = useTranslator();
  return (
    <p
      role={result.ok ? 'status' : 'alert'}
      aria-label={i18n.t('accounts.connectionLabel', { name })}
      className={result.ok ? 'test-ok' : 'test-failed'}
    >
      {at ? i18n.t('accounts.testedAt', { answer: text, when: formatMoment(i18n, at, now) }) : text}
    </p>
  );
}
