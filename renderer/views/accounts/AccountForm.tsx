// Adding or editing one SP-API account. The form checks the same rules as the host (the
// contract's schema) and shows each problem next to its field. Secrets are typed, never shown
// back: when editing, an empty secret field keeps the stored one.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  AccountSaveRequestSchema,
  marketplacesInRegion,
  regionLabels,
  spapiRegions,
  type AccountConfig,
  type AccountSaveRequest,
  type SpapiRegion,
} from '../../../preload/contract';

type TextField = 'name' | 'sellerId' | 'clientId' | 'clientSecret' | 'refreshToken';
type Field = TextField | 'region' | 'marketplaceIds';
type Errors = Partial<Record<Field, string>>;

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
    const field = (first === 'config' ? second : first) as Field;
    errors[field] ??= issue.message;
  }
  return errors;
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
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
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
      if (!request.clientSecret) found.clientSecret ??= 'a new account needs its client secret';
      if (!request.refreshToken) found.refreshToken ??= 'a new account needs its refresh token';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const saved = await onSave(request);
    setSaving(false);
    if (saved) onCancel();
  }

  const keepHint = newAccount ? undefined : 'Leave empty to keep the stored one.';
  return (
    <form className="account-form" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={headingId}>{newAccount ? 'Add an Amazon account' : `Edit ${editing.name}`}</h3>
      <TextInput label="Name" value={draft.name} onChange={change('name')} error={errors.name} />
      <Labelled label="Region" error={errors.region}>
        {(props) => (
          <select {...props} value={draft.region} onChange={(e) => changeRegion(e.target.value as SpapiRegion)}>
            {spapiRegions.map((region) => (
              <option key={region} value={region}>
                {regionLabels[region]} ({region})
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <TextInput
        label="Seller id (merchant token)"
        value={draft.sellerId}
        onChange={change('sellerId')}
        error={errors.sellerId}
      />
      <MarketplaceChoice
        options={regionMarketplaces}
        chosen={draft.marketplaceIds}
        onToggle={toggleMarketplace}
        error={errors.marketplaceIds}
      />
      <TextInput label="Client id" value={draft.clientId} onChange={change('clientId')} error={errors.clientId} />
      <TextInput
        label="Client secret"
        secret
        value={draft.clientSecret}
        onChange={change('clientSecret')}
        error={errors.clientSecret}
        hint={keepHint}
      />
      <TextInput
        label="Refresh token"
        secret
        value={draft.refreshToken}
        onChange={change('refreshToken')}
        error={errors.refreshToken}
        hint={keepHint}
      />
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** A label, a control, and its hint and error tied to it for screen readers. */
function Labelled({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described || undefined })}
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-error">
          {label}: {error}
        </p>
      )}
    </div>
  );
}

function TextInput({
  label,
  value,
  onChange,
  error,
  hint,
  secret = false,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  secret?: boolean;
}) {
  return (
    <Labelled label={label} error={error} hint={hint}>
      {(props) => (
        <input
          {...props}
          type={secret ? 'password' : 'text'}
          autoComplete={secret ? 'new-password' : 'off'}
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Labelled>
  );
}

function MarketplaceChoice({
  options,
  chosen,
  onToggle,
  error,
}: {
  options: { id: string; code: string; name: string }[];
  chosen: string[];
  onToggle(id: string, on: boolean): void;
  error?: string;
}) {
  const errorId = useId();
  return (
    <fieldset className="form-field" aria-describedby={error ? errorId : undefined} aria-invalid={Boolean(error)}>
      <legend>Marketplaces</legend>
      {options.map((m) => (
        <label key={m.id} className="checkbox">
          <input type="checkbox" checked={chosen.includes(m.id)} onChange={(e) => onToggle(m.id, e.target.checked)} />
          {m.name} ({m.code})
        </label>
      ))}
      {error && (
        <p id={errorId} className="form-error">
          Marketplaces: {error}
        </p>
      )}
    </fieldset>
  );
}
