// What each group of fields in the Settings form gets: the draft as typed, a way to change one
// field of it, and ids unique to this form.
import type { DraftField, SettingsDraft } from './settings-draft';

export interface FieldProps {
  draft: SettingsDraft;
  edit<F extends DraftField>(field: F, value: SettingsDraft[F]): void;
  ids: string;
}

/** The list with `item` in it or out of it, each item once. */
export function toggled<T>(list: readonly T[], item: T, present: boolean): T[] {
  const without = list.filter((x) => x !== item);
  return present ? [...without, item] : without;
}
