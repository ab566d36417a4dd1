// Adding or editing one SP-API account. The form checks the same rules as the host (the
// contract's schema) and shows each problem next to its field, in the window's language.
// Secrets are typed, never shown back: when editing, an empty secret field keeps the stored one.
import { useId, useState, type FormEvent } from 'react';
import type { z } from 'zod/mini';
import {
  AccountSaveRequestSchema,
  clientIdPrefix,
  marketplacesInRegion,
  maxMarketplaces,
  spapiRegions,
  type AccountConfig,
  type AccountSaveRequest,
  type SpapiRegion,
} from '../../../preload/contract';
import { marketplaceLabel } from '../../format/labels';
import { SaveAndCancel } from '../../forms/SaveAndCancel';
import { SelectField } from '../../forms/SelectField';
import { TextInput } from '../../forms/TextInput';
import { useCheckedSave } from '../../forms/use-checked-save';
import { useTranslator } from '../../i18n/i18n-context';
import { messageText, type Message } from '../../i18n/message';
import '../../styles/forms.css';

type TextField = 'name' | 'sellerId' | 'clientId' | 'clientSecret' | 'refreshToken';
type Field = TextField | 'region' | 'marketplaceIds';
type Errors = Partial<Record<Field, Message>>;
const formFields: readonly string[] = [
  'name',
  'region',
  'sellerId',
  'marketplaceIds',
  'clientId',
  'clientSecret',
  'refreshToken',
];

interface Draft {
  name: string;
  region: SpapiRegion;
  sellerId: string;
  marketplaceIds: string[];
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

function draftOf(config: AccountConfig | null): Draft {
  return {
    name: config?.name ?? '',
    region: config?.region ?? 'NA',
    sellerId: config?.sellerId ?? '',
    marketplaceIds: config?.marketplaceIds ?? [],
    clientId: config?.clientId ?? '',
    clientSecret: '',
    refreshToken: '',
  };
}

/** The save request for a draft; the endpoints, which the form does not show, stay as they were. */
function requestOf(draft: Draft, editing: AccountConfig | null): AccountSaveRequest {
  const { clientSecret, refreshToken, ...fields } = draft;
  return {
    config: { ...(editing ?? {}), ...fields },
    ...(clientSecret.trim() ? { clientSecret } : {}),
    ...(refreshToken.trim() ? { refreshToken } : {}),
  };
}

function errorsOf(request: AccountSaveRequest): Errors {
  const result = AccountSaveRequestSchema.safeParse(request);
  if (result.success) return {};
  const errors: Errors = {};
  for (const issue of result.error.issues) {
    const [first, second] = issue.path;
    const field = first === 'config' ? second : first;
    if (typeof field === 'string' && formFields.includes(field))
      errors[field as Field] ??= errorFor(field as Field, issue);
  }
  return errors;
}

/** The rule a field broke, in our words: the schema's own messages are the host's, in English. */
function errorFor(field: Field, issue: z.core.$ZodIssue): Message {
  switch (field) {
    case 'marketplaceIds':
      if (issue.code === 'too_small') return { key: 'accounts.error.noMarketplace' };
      if (issue.code === 'too_big')
        return { key: 'accounts.error.tooManyMarketplaces', values: { max: maxMarketplaces } };
      return { key: 'accounts.error.marketplaceRegion' };
    case 'clientId':
      return { key: 'accounts.error.clientId', values: { prefix: clientIdPrefix } };
    case 'refreshToken':
      return { key: issue.code === 'custom' ? 'accounts.error.refreshToken' : 'accounts.error.secretText' };
    case 'clientSecret':
      return { key: 'accounts.error.secretText' };
    default:
      return { key: `accounts.error.${field}` };
  }
}

export function AccountForm({
  editing,
  onSave,
  onCancel,
}: {
  /** The account being edited; null for a new one. */
  editing: AccountConfig | null;
  onSave(request: AccountSaveRequest): Promise<boolean>;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState(() => draftOf(editing));
  const { problems: errors, saving, save } = useCheckedSave<AccountSaveRequest, Errors>(onSave, onCancel);
  const i18n = useTranslator();
  const headingId = useId();
  const regionMarketplaces = marketplacesInRegion(draft.region);
  const newAccount = editing === null;

  const change = (field: TextField) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  function changeRegion(region: SpapiRegion) {
    const allowed = new Set(marketplacesInRegion(region).map((m) => m.id));
    setDraft((d) => ({ ...d, region, marketplaceIds: d.marketplaceIds.filter((id) => allowed.has(id)) }));
  }

  function toggleMarketplace(id: string, on: boolean) {
    setDraft((d) => ({
      ...d,
      marketplaceIds: on ? [...d.marketplaceIds, id] : d.marketplaceIds.filter((m) => m !== id),
    }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const request = requestOf(draft, editing);
    const found = errorsOf(request);
    if (newAccount) {
      if (!request.clientSecret) found.clientSecret ??= { key: 'accounts.error.clientSecretNeeded' };
      if (!request.refreshToken) found.refreshToken ??= { key: 'accounts.error.refreshTokenNeeded' };
    }
    await save(request, found);
  }

  const keepHint = newAccount ? undefined : i18n.t('accounts.form.keepHint');
  const message = (error: Message | undefined) => error && messageText(i18n, error);
  return (
    <form className="account-form card" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={headingId}>
        {newAccount ? i18n.t('accounts.form.add') : i18n.t('accounts.list.editLabel', { name: editing.name })}
      </h3>
      <TextInput
        label={i18n.t('accounts.form.name')}
        value={draft.name}
        onChange={change('name')}
        error={message(errors.name)}
      />
      <SelectField
        label={i18n.t('accounts.field.region')}
        value={draft.region}
        choices={spapiRegions.map((region) => ({
          value: region,
          label: i18n.t('window.nameAndCode', { name: i18n.t(`accounts.region.${region}`), code: region }),
        }))}
        onChange={changeRegion}
        error={message(errors.region)}
      />
      <TextInput
        label={i18n.t('accounts.form.sellerId')}
        value={draft.sellerId}
        onChange={change('sellerId')}
        error={message(errors.sellerId)}
      />
      <MarketplaceChoice
        options={regionMarketplaces}
        chosen={draft.marketplaceIds}
        onToggle={toggleMarketplace}
        error={message(errors.marketplaceIds)}
      />
      <TextInput
        label={i18n.t('accounts.form.clientId')}
        value={draft.clientId}
        onChange={change('clientId')}
        error={message(errors.clientId)}
      />
      <TextInput
        label={i18n.t('accounts.form.clientSecret')}
        secret
        value={draft.clientSecret}
        onChange={change('clientSecret')}
        error={message(errors.clientSecret)}
        hint={keepHint}
      />
      <TextInput
        label={i18n.t('accounts.form.refreshToken')}
        secret
        value={draft.refreshToken}
        onChange={change('refreshToken')}
        error={message(errors.refreshToken)}
        hint={keepHint}
      />
      <SaveAndCancel saving={saving} onCancel={onCancel} />
    </form>
  );
}

function MarketplaceChoice({
  options,
  chosen,
  onToggle,
  error,
}: {
  options: { id: string }[];
  chosen: string[];
  onToggle(id: string, on: boolean): void;
  error?: string;
}) {
  const i18n = useTranslator();
  const errorId = useId();
  const legend = i18n.t('accounts.field.marketplaces');
  return (
    <fieldset className="form-field" aria-describedby={error ? errorId : undefined} aria-invalid={Boolean(error)}>
      <legend>{legend}</legend>
      {options.map((m) => (
        <label key={m.id} className="checkbox">
          <input type="checkbox" checked={chosen.includes(m.id)} onChange={(e) => onToggle(m.id, e.target.checked)} />
          {marketplaceLabel(i18n, m.id)}
        </label>
      ))}
      {error && (
        <p id={errorId} className="form-error">
          {i18n.t('window.fieldError', { field: legend, error })}
        </p>
      )}
    </fieldset>
  );
}
