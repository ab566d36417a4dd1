// A moment as the seller reads it, shown the same way in every view.
import { formatDateTime } from '../format/dates';
import { useTranslator } from '../i18n/i18n-context';

/** A date and time in the window's language, machine-readable too. */
export function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(useTranslator(), iso)}</time>;
}
