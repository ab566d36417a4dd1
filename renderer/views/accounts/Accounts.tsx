// The Amazon (SP-API) accounts Flagwatch reads: list, add, edit, remove, and "Test connection"
// with its answer in plain words.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { AccountEntry } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { ConnectionItem } from '../connections/ConnectionItem';
import { ConnectionsSection } from '../connections/ConnectionsSection';
import { Field } from '../Field';
import { AccountForm } from './AccountForm';
import { createAccountsStore, type AccountsStore } from './accounts-store';
import { testAnswerText } from './test-answer';

/** What the form is doing: nothing, adding, or editing one account. */
type Editing = null | 'new' | string;

export function Accounts() {
  const api = useApi();
  const [store] = useState(() => createAccountsStore(api));
  const entries = useStore(store, (s) => s.entries);
  const [editing, setEditing] = useState<Editing>(null);
  const i18n = useTranslator();

  useEffect(() => void store.getState().load(), [store]);

  const edited = entries?.find((e) => e.config.id === editing)?.config ?? null;
  return (
    <ConnectionsSection
      words="accounts.list"
      store={store}
      item={(entry) => <AccountItem entry={entry} store={store} onEdit={() => setEditing(entry.config.id)} />}
    >
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
    </ConnectionsSection>
  );
}

function AccountItem({ entry, store, onEdit }: { entry: AccountEntry; store: AccountsStore; onEdit(): void }) {
  const { config, hasSecrets, lastTest } = entry;
  const i18n = useTranslator();
  return (
    <ConnectionItem
      words="accounts.list"
      store={store}
      id={config.id}
      name={config.name}
      lastTest={lastTest}
      answerText={(result) => testAnswerText(i18n, result, config.marketplaceIds)}
      onEdit={onEdit}
    >
      <Field name={i18n.t('accounts.field.region')}>{i18n.t(`accounts.region.${config.region}`)}</Field>
      <Field name={i18n.t('accounts.field.marketplaces')}>
        {i18n.list(config.marketplaceIds.map((id) => marketplaceLabel(i18n, id)))}
      </Field>
      <Field name={i18n.t('accounts.field.sellerId')}>{config.sellerId}</Field>
      <Field name={i18n.t('accounts.field.credentials')}>
        {i18n.t(hasSecrets ? 'accounts.credentials.stored' : 'accounts.credentials.missing')}
      </Field>
    </ConnectionItem>
  );
}
