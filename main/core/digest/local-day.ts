// Days as the seller lives them: a local calendar date, "YYYY-MM-DD", which sorts and compares as
// text. Built with the Date constructor's local fields, so a day is a day across daylight saving.

/** The local calendar date of `at`. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Local midnight of `day`, moved by `offset` whole days. */
export function startOfDay(day: string, offset = 0): Date {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d + offset);
}

/** The day `offset` days from `day` ("2026-03-01", -1 → "2026-02-28"). */
export function shiftDay(day: string, offset: number): string {
  return localDay(startOfDay(day, offset));
}
