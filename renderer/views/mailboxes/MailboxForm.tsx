// Adding or editing one mailbox: the server, port and security, how to sign in, the user and the
// password or token (typed, never shown back), the seller account and marketplace its notices
// belong to, and the folders. Problems are shown next to their fields, in the window's language.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  mailboxSecurities,
  mailboxSignIns,
  type Account,
  type MailboxConfig,
  type MailboxSaveRequest,
} from '../../../preload/contract';
import { useFlagwatch } from '../../app/store-context';
import { marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { messageText, type Message } from '../../i18n/message';
import { Labelled, TextInput } from '../accounts/AccountForm';
import '../../styles/forms.css';
import { draftOf, errorsOf, requestOf, withSecurity, type MailboxDraft, type MailboxErrors } from './mailbox-draft';

/** One empty list while the inbox loads: a fresh one per render would never settle. */
const noAccounts: readonly Account[] = [];

/** The seller accounts the inbox knows, which a mailbox's notices can be filed under. */
export function useInboxAccounts(): readonly Account[] {
  return useFlagwatch((s) => s.inbox?.accounts) ?? noAccounts;
}

export function MailboxForm({
  editing,
  onSave,
  onCancel,
}: {
  /** The mailbox being edited; null for a new one. */
  editing: MailboxConfig | null;
  onSave(request: MailboxSaveRequest): Promise<boolean>;
  onCancel(): void;
}) {
  const accounts = useInboxAccounts();
  const [draft, setDraft] = useState(() => draftOf(editing));
  const [errors, setErrors] = useState<MailboxErrors>({});
  const [saving, setSaving] = useState(false);
  const i18n = useTranslator();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // Opened from the keyboard, the form takes the focus on its first field.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const isNew = editing === null;
  const message = (error: Message | undefined) => error && messageText(i18n, error);
  const text = (field: 'host' | 'port' | 'user' | 'secret' | 'inboxFolder' | 'spamFolder') => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));

  // Until the seller chooses, the first account and its first marketplace.
  const account = accounts.find((a) => a.id === draft.accountId) ?? (draft.accountId ? undefined : accounts[0]);
  const marketplaceIds = account?.marketplaceIds ?? (draft.marketplaceId ? [draft.marketplaceId] : []);
  const chosen: MailboxDraft = {
    ...draft,
    accountId: draft.accountId || (account?.id ?? ''),
    marketplaceId: marketplaceIds.includes(draft.marketplaceId) ? draft.marketplaceId : (marketplaceIds[0] ?? ''),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const request = requestOf(chosen, editing);
    const found = errorsOf(request, isNew);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const saved = await onSave(request);
    setSaving(false);
    if (saved) onCancel();
  }

  const name = editing && i18n.t('mailboxes.name', { user: editing.user, host: editing.host });
  return (
    <form
      ref={formRef}
      className="account-form"
      aria-labelledby={headingId}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id={headingId}>{name ? i18n.t('mailboxes.list.editLabel', { name }) : i18n.t('mailboxes.form.add')}</h3>
      <TextInput
        label={i18n.t('mailboxes.form.host')}
        value={draft.host}
        onChange={text('host')}
        error={message(errors.host)}
      />
      <Labelled label={i18n.t('mailboxes.form.security')}>
        {(props) => (
          <select
            {...props}
            value={draft.security}
            onChange={(e) => setDraft((d) => withSecurity(d, e.target.value as MailboxDraft['security']))}
          >
            {mailboxSecurities.map((security) => (
              <option key={security} value={security}>
                {i18n.t(`mailboxes.security.${security}`)}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <TextInput
        label={i18n.t('mailboxes.form.port')}
        value={draft.port}
        onChange={text('port')}
        error={message(errors.port)}
      />
      <Labelled label={i18n.t('mailboxes.form.signIn')}>
        {(props) => (
          <select
            {...props}
            value={draft.signIn}
            onChange={(e) => setDraft((d) => ({ ...d, signIn: e.target.value as MailboxDraft['signIn'] }))}
          >
            {mailboxSignIns.map((signIn) => (
              <option key={signIn} value={signIn}>
                {i18n.t(`mailboxes.signIn.${signIn}`)}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <TextInput
        label={i18n.t('mailboxes.form.user')}
        value={draft.user}
        onChange={text('user')}
        error={message(errors.user)}
        hint={i18n.t('mailboxes.form.userHint')}
      />
      <TextInput
        label={i18n.t(draft.signIn === 'oauth2' ? 'mailboxes.form.token' : 'mailboxes.form.password')}
        value={draft.secret}
        onChange={text('secret')}
        error={message(errors.secret)}
        hint={isNew ? undefined : i18n.t('mailboxes.form.keepHint')}
        secret
      />
      {accounts.length === 0 && !draft.accountId ? (
        <p className="form-error">{i18n.t('mailboxes.form.noAccount')}</p>
      ) : (
        <>
          <Labelled label={i18n.t('mailboxes.form.account')} error={message(errors.account)}>
            {(props) => (
              <select
                {...props}
                value={chosen.accountId}
                onChange={(e) => setDraft((d) => ({ ...d, accountId: e.target.value, marketplaceId: '' }))}
              >
                {!account && <option value={chosen.accountId}>{chosen.accountId}</option>}
                {accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Labelled>
          <Labelled label={i18n.t('mailboxes.form.marketplace')}>
            {(props) => (
              <select
                {...props}
                value={chosen.marketplaceId}
                onChange={(e) => setDraft((d) => ({ ...d, marketplaceId: e.target.value }))}
              >
                {marketplaceIds.map((id) => (
                  <option key={id} value={id}>
                    {marketplaceLabel(i18n, id)}
                  </option>
                ))}
              </select>
            )}
          </Labelled>
        </>
      )}
      <TextInput
        label={i18n.t('mailboxes.form.inboxFolder')}
        value={draft.inboxFolder}
        onChange={text('inboxFolder')}
        error={message(errors.inboxFolder)}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.watchSpam}
          onChange={(e) => setDraft((d) => ({ ...d, watchSpam: e.target.checked }))}
        />
        {i18n.t('mailboxes.form.watchSpam')}
      </label>
      {draft.watchSpam && (
        <TextInput
          label={i18n.t('mailboxes.form.spamFolder')}
          value={draft.spamFolder}
          onChange={text('spamFolder')}
          error={message(errors.spamFolder)}
          hint={i18n.t('mailboxes.form.spamHint')}
        />
      )}
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {i18n.t(saving ? 'window.saving' : 'common.save')}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
