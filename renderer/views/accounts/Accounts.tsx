// The Amazon (SP-API) accounts Flagwatch reads: list, add, edit, remove, and "Test connection"
// with its answer in plain words.
import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import {
  marketplaceText,
  regionLabels,
  type AccountEntry,
  type ConnectionTestResult,
  type FlagwatchApi,
} from '../../../preload/contract';
import { useNow } from '../../app/use-now';
import { formatMoment } from '../../format/dates';
import { AccountForm } from './AccountForm';
import { createAccountsStore, type AccountsStore } from './accounts-store';

/** What the form is doing: nothing, adding, or editing one account. */
type Editing = null | 'new' | string;

export function Accounts({ api }: { api: FlagwatchApi }) {
  const [store] = useState(() => createAccountsStore(api));
  const entries = useStore(store, (s) => s.entries);
  const problem = useStore(store, (s) => s.problem);
  const [editing, setEditing] = useState<Editing>(null);
  const headingId = useId();

  useEffect(() => void store.getState().load(), [store]);

  const edited = entries?.find((e) => e.config.id === editing)?.config ?? null;
  return (
    <section aria-labelledby={headingId} className="accounts">
      <h2 id={headingId}>Amazon accounts</h2>
      <p>
        Flagwatch reads each account&apos;s performance through Amazon&apos;s Selling Partner API, with the credentials
        of your own app in Developer Central. The client secret and refresh token stay in this computer&apos;s secure
        storage.
      </p>
      {problem && (
        <div role="alert" className="banner banner-error">
          <p>{problem}</p>
          <button type="button" className="button-quiet" onClick={store.getState().dismissProblem}>
            Dismiss
          </button>
        </div>
      )}
      {entries === null ? (
        <p className="loading">Loading accounts…</p>
      ) : entries.length === 0 ? (
        <p className="empty">No Amazon account yet.</p>
      ) : (
        <ul aria-label="Amazon accounts" className="account-list">
          {entries.map((entry) => (
            <AccountItem key={entry.config.id} entry={entry} store={store} onEdit={() => setEditing(entry.config.id)} />
          ))}
        </ul>
      )}
      {editing === null ? (
        <button type="button" onClick={() => setEditing('new')}>
          Add account
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
  const now = useNow();
  const nameId = useId();
  const result = fresh ?? lastTest?.result;

  return (
    <li aria-labelledby={nameId} className="account">
      <h3 id={nameId}>{config.name}</h3>
      <dl className="fields">
        <div className="field">
          <dt>Region</dt>
          <dd>{regionLabels[config.region]}</dd>
        </div>
        <div className="field">
          <dt>Marketplaces</dt>
          <dd>{config.marketplaceIds.map(marketplaceText).join(', ')}</dd>
        </div>
        <div className="field">
          <dt>Seller id</dt>
          <dd>{config.sellerId}</dd>
        </div>
        <div className="field">
          <dt>Credentials</dt>
          <dd>{hasSecrets ? 'Stored' : 'Missing: edit the account and enter them'}</dd>
        </div>
      </dl>
      <div className="account-actions">
        <button type="button" onClick={onEdit} aria-label={`Edit ${config.name}`}>
          Edit
        </button>
        <button
          type="button"
          onClick={() => void store.getState().test(config.id)}
          disabled={testing}
          aria-label={`Test connection of ${config.name}`}
        >
          {testing ? 'Testing…' : 'Test connection'}
        </button>
        <button type="button" onClick={() => setConfirming(true)} aria-label={`Remove ${config.name}`}>
          Remove
        </button>
      </div>
      {confirming && (
        <div role="group" aria-label={`Confirm removing ${config.name}`} className="confirm">
          <p>Remove {config.name} and its stored credentials from Flagwatch?</p>
          <button type="button" onClick={() => void store.getState().remove(config.id)}>
            Yes, remove
          </button>
          <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
      {testing ? (
        <p role="status" aria-label={`Connection of ${config.name}`}>
          Testing the connection…
        </p>
      ) : (
        result && <TestAnswer name={config.name} result={result} at={fresh ? null : (lastTest?.at ?? null)} now={now} />
      )}
    </li>
  );
}

/** A success is a status; a failure an alert, since the seller has something to fix. */
function TestAnswer({
  name,
  result,
  at,
  now,
}: {
  name: string;
  result: ConnectionTestResult;
  at: string | null;
  now: Date;
}) {
  const when = at ? ` (tested ${formatMoment(at, now)})` : '';
  return (
    <p
      role={result.ok ? 'status' : 'alert'}
      aria-label={`Connection of ${name}`}
      className={result.ok ? 'test-ok' : 'test-failed'}
    >
      {result.message}
      {when}
    </p>
  );
}
