// The mailboxes Amazon's notices are read from, in the Accounts view: list, add, edit, remove,
// "Test connection" with its answer in plain words, and how each mailbox's reading goes (when it
// was last read, or why it fails), kept up to date as the host reports it.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { MailboxEntry } from '../../../preload/contract';
import { useApi } from '../../app/api-context';
import { useNow } from '../../app/use-now';
import { marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { ConnectionItem } from '../connections/ConnectionItem';
import { ConnectionsSection } from '../connections/ConnectionsSection';
import { Field } from '../Field';
import { useInboxAccounts } from '../use-inbox-accounts';
import { testAnswerText, watchText } from './mailbox-words';
import { MailboxForm } from './MailboxForm';
import { createMailboxesStore, type MailboxesStore } from './mailboxes-store';

/** What the form is doing: nothing, adding, or editing one mailbox. */
type Editing = null | 'new' | string;

export function Mailboxes() {
  const api = useApi();
  const [store] = useState(() => createMailboxesStore(api));
  const entries = useStore(store, (s) => s.entries);
  const [editing, setEditing] = useState<Editing>(null);
  const i18n = useTranslator();
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
    <ConnectionsSection
      words="mailboxes.list"
      store={store}
      item={(entry) => <MailboxItem entry={entry} store={store} onEdit={() => setEditing(entry.config.id)} />}
    >
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
    </ConnectionsSection>
  );
}

function MailboxItem({ entry, store, onEdit }: { entry: MailboxEntry; store: MailboxesStore; onEdit(): void }) {
  const { config, hasSecret, lastTest, watch } = entry;
  const accounts = useInboxAccounts();
  const i18n = useTranslator();
  const now = useNow();
  const accountName = accounts.find((a) => a.id === config.accountId)?.name ?? config.accountId;
  const folders = config.watchSpam
    ? i18n.t('mailboxes.field.foldersValue', {
        inbox: config.inboxFolder,
        spam: config.spamFolder ?? i18n.t('mailboxes.spam.found'),
      })
    : i18n.t('mailboxes.field.inboxOnly', { inbox: config.inboxFolder });

  return (
    <ConnectionItem
      words="mailboxes.list"
      store={store}
      id={config.id}
      name={i18n.t('mailboxes.name', { user: config.user, host: config.host })}
      lastTest={lastTest}
      answerText={(result) => testAnswerText(i18n, result, config.host)}
      onEdit={onEdit}
    >
      <Field name={i18n.t('mailboxes.field.server')}>
        {i18n.t('mailboxes.field.serverValue', {
          host: config.host,
          port: String(config.port),
          security: i18n.t(`mailboxes.security.${config.security}`),
        })}
      </Field>
      <Field name={i18n.t('mailboxes.field.folders')}>{folders}</Field>
      <Field name={i18n.t('mailboxes.field.account')}>
        {i18n.t('mailboxes.field.accountValue', {
          account: accountName,
          marketplace: marketplaceLabel(i18n, config.marketplaceId),
        })}
      </Field>
      <Field name={i18n.t('mailboxes.field.secret')}>
        {i18n.t(hasSecret ? 'mailboxes.secret.stored' : 'mailboxes.secret.missing')}
      </Field>
      <Field name={i18n.t('mailboxes.field.reading')}>{watchText(i18n, watch, config, now)}</Field>
    </ConnectionItem>
  );
}
