// The accounts and marketplaces shown: a box per account and per marketplace the inbox knows,
// checked when shown. Hidden ones stay checked and saved (see main/core/inbox/visibility.ts).
import type { Account } from '../../../preload/contract';
import { useFlagwatch } from '../../app/store-context';
import { marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { toggled, type FieldProps } from './field-props';

export function ShownFields({ draft, edit, ids }: FieldProps) {
  const i18n = useTranslator();
  const accounts = useFlagwatch((s) => s.inbox?.accounts) ?? noAccounts;
  // A hidden marketplace no account sells on any more can still be shown again.
  const marketplaces = [...new Set([...accounts.flatMap((a) => a.marketplaceIds), ...draft.hiddenMarketplaces])];
  return (
    <fieldset className="form-field settings-shown" aria-describedby={`${ids}-shown-hint`}>
      <legend>{i18n.t('settings.shown')}</legend>
      {accounts.length === 0 ? (
        <p className="form-hint">{i18n.t('settings.shown.none')}</p>
      ) : (
        <>
          <fieldset className="settings-choices">
            <legend>{i18n.t('settings.shown.accounts')}</legend>
            {accounts.map((account) => (
              <label key={account.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={!draft.hiddenAccounts.includes(account.id)}
                  onChange={(e) => edit('hiddenAccounts', toggled(draft.hiddenAccounts, account.id, !e.target.checked))}
                />
                {account.name}
              </label>
            ))}
          </fieldset>
          <fieldset className="settings-choices">
            <legend>{i18n.t('settings.shown.marketplaces')}</legend>
            {marketplaces.map((id) => (
              <label key={id} className="checkbox">
                <input
                  type="checkbox"
                  checked={!draft.hiddenMarketplaces.includes(id)}
                  onChange={(e) => edit('hiddenMarketplaces', toggled(draft.hiddenMarketplaces, id, !e.target.checked))}
                />
                {marketplaceLabel(i18n, id)}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <p id={`${ids}-shown-hint`} className="form-hint">
        {i18n.t('settings.shown.hint')}
      </p>
    </fieldset>
  );
}

const noAccounts: Account[] = [];
