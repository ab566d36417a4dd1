// The two drop-downs that choose where something is filed: a seller account, then one of its
// marketplaces. A new account starts at its first marketplace.
import type { Account } from '../../preload/contract';
import { marketplaceLabel } from '../format/labels';
import { SelectField } from '../forms/SelectField';
import { useTranslator } from '../i18n/i18n-context';
import type { Place, PlaceChosen } from './place-chosen';

export function AccountMarketplacePicker({
  labels,
  accounts,
  place,
  onChange,
  error,
}: {
  labels: { account: string; marketplace: string };
  accounts: readonly Account[];
  /** What is chosen now (placeChosen). */
  place: PlaceChosen;
  onChange(wanted: Place): void;
  /** What is wrong with the account chosen. */
  error?: string;
}) {
  const i18n = useTranslator();
  // An account the inbox does not know stays in the list, named by its id.
  const unknown = place.known ? [] : [{ value: place.accountId, label: place.accountId }];
  return (
    <>
      <SelectField
        label={labels.account}
        value={place.accountId}
        choices={[...unknown, ...accounts.map((a) => ({ value: a.id, label: a.name }))]}
        onChange={(accountId) => onChange({ accountId, marketplaceId: '' })}
        error={error}
      />
      <SelectField
        label={labels.marketplace}
        value={place.marketplaceId}
        choices={place.marketplaceIds.map((id) => ({ value: id, label: marketplaceLabel(i18n, id) }))}
        onChange={(marketplaceId) => onChange({ accountId: place.accountId, marketplaceId })}
      />
    </>
  );
}
