// When a snooze ends: a day or a week from now, or the start of a chosen day in local time
// (the seller picks a day, not an hour).
const dayMs = 24 * 60 * 60 * 1000;

export function snoozeForDays(now: Date, days: number): string {
  return new Date(now.getTime() + days * dayMs).toISOString();
}

/** The start of `day` (`2026-11-20`, from a date field) in local time; null when blank, malformed or not after now. */
export function snoozeUntilDay(day: string, now: Date): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const start = new Date(y, m - 1, d);
  if (start.getFullYear() !== y || start.getMonth() !== m - 1 || start.getDate() !== d) return null;
  return start.getTime() > now.getTime() ? start.toISOString() : null;
}

/** Tomorrow as a date field's value: the earliest day a snooze can be set to. */
export function tomorrowField(now: Date): string {
  const t = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}
