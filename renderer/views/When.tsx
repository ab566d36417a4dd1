import { formatDateTime } from '../format/dates';

/** A date and time in the seller's locale, machine-readable too. */
export function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}
