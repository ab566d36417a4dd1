// The last second of a calendar day in a time zone, as an instant: where a date Amazon states
// ("by 5 December") ends for the marketplace it is about. Intl knows each zone's offsets,
// summer time included; the day's end is found from the offset in force at that moment.

/** `day` ('YYYY-MM-DD') at 23:59:59 in `timeZone` (IANA), as ISO 8601 in UTC. */
export function endOfDayIn(day: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, date, 23, 59, 59);
  let at = asIfUtc - offsetAt(timeZone, asIfUtc);
  // On a day the clocks change, the offset at the day's end may differ from the first guess's.
  at = asIfUtc - offsetAt(timeZone, at);
  return new Date(at).toISOString();
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  const local = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  return local - Math.floor(instant / 1000) * 1000;
}
