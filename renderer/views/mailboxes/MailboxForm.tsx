// Adding or editing one mailbox: the server, port and security, how to sign in, the user and the
// password or token (typed, never shown back), the seller account and marketplace its notices
// belong to, and the folders. Problems are shown next to their fields, in the window's language.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  mailboxSecurities,
  mailboxSignIns,
  type MailboxConfig,
  type MailboxSaveRequest,
} from '../../../preload/contract';
import { SaveAndCancel } from '../../forms/SaveAndCancel';
import { SelectField } from '../../forms/SelectField';
import { TextInput } from '../../forms/TextInput';
import { useCheckedSave } from '../../forms/use-checked-save';
import { useTranslator } from '../../i18n/i18n-context';
import { messageText, type Message } from '../../i18n/message';
import { AccountMarketplacePicker } from '../AccountMarketplacePicker';
import { placeChosen } from '../place-chosen';
import { useInboxAccounts } from '../use-inbox-accounts';
import '../../styles/forms.css';
import { draftOf, errorsOf, requestOf, withSecurity, type MailboxErrors } from './mailbox-draft';

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
  const { problems: errors, saving, save } = useCheckedSave<MailboxSaveRequest, MailboxErrors>(onSave, onCancel);
  const i18n = useTranslator();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // Opened from the keyboard, the form takes the focus on its first field.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const isNew = editing === null;
  const message = (error: Message | undefined) => error && messageText(i18n, error);
  const text = (field: 'host' | 'port' | 'user' | 'secret' | 'inboxFolder' | 'spamFolder') => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const place = placeChosen(accounts, draft);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const request = requestOf({ ...draft, accountId: place.accountId, marketplaceId: place.marketplaceId }, editing);
    await save(request, errorsOf(request, isNew));
  }

  const name = editing && i18n.t('mailboxes.name', { user: editing.user, host: editing.host });
  return (
    <form
      ref={formRef}
      className="account-form card"
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
      <SelectField
        label={i18n.t('mailboxes.form.security')}
        value={draft.security}
        choices={mailboxSecurities.map((security) => ({
          value: security,
          label: i18n.t(`mailboxes.security.${security}`),
        }))}
        onChange={(security) => setDraft((d) => withSecurity(d, security))}
      />
      <TextInput
        label={i18n.t('mailboxes.form.port')}
        value={draft.port}
        onChange={text('port')}
        error={message(errors.port)}
      />
      <SelectField
        label={i18n.t('mailboxes.form.signIn')}
        value={draft.signIn}
        choices={mailboxSignIns.map((signIn) => ({ value: signIn, label: i18n.t(`mailboxes.signIn.${signIn}`) }))}
        onChange={(signIn) => setDraft((d) => ({ ...d, signIn }))}
      />
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
      {place.accountId === '' ? (
        <p className="form-error">{i18n.t('mailboxes.form.noAccount')}</p>
      ) : (
        <AccountMarketplacePicker
          labels={{ account: i18n.t('mailboxes.form.account'), marketplace: i18n.t('mailboxes.form.marketplace') }}
          accounts={accounts}
          place={place}
          onChange={(chosen) => setDraft((d) => ({ ...d, ...chosen }))}
          error={message(errors.account)}
        />
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
      <SaveAndCancel saving={saving} onCancel={onCancel} />
    </form>
  );
}
