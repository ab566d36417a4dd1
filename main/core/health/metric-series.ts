// The metric history as one series per account × marketplace × metric: a day number and a value
// per day (the day's last reading), and the newest reading whole. Two parallel number arrays
// cost a few bytes a day, where a reading object costs over a hundred, so two years of 20
// accounts × 3 marketplaces stay a file that opens in well under a second.
import { z } from 'zod/mini';
import { MetricReadingSchema, type MetricReading } from '../schema';

export const MetricSeriesSchema = z
  .object({
    /** The newest reading as the source gave it (target, counts, window): what "latest" reads. */
    latest: MetricReadingSchema,
    /** Days since 1970-01-01 (UTC), ascending, each once. */
    days: z.array(z.number()),
    /** The day's last value, one per day. */
    values: z.array(z.number()),
  })
  .check(
    // One loop over the days rather than zod's `z.int()` per element: a full history holds a
    // million of them, and this check is four times cheaper on every write.
    z.refine((s) => s.days.every((d, i) => Number.isInteger(d) && (i === 0 || d > s.days[i - 1]!)), {
      message: 'days must be whole numbers in ascending order, each once',
      path: ['days'],
    }),
    z.refine((s) => s.days.length === s.values.length, 'a series needs one value per day'),
  );
export type MetricSeries = z.infer<typeof MetricSeriesSchema>;

const dayMs = 24 * 60 * 60 * 1000;

/** The UTC day an instant falls on, as days since 1970-01-01. */
export function dayNumber(at: string): number {
  return Math.floor(Date.parse(at) / dayMs);
}

/** 'YYYY-MM-DD' of a day number. */
export function dayText(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

function keyOf(r: Pick<MetricReading, 'accountId' | 'marketplaceId' | 'metric'>): string {
  return `${r.accountId}\u001f${r.marketplaceId}\u001f${r.metric}`;
}

/**
 * The series with the readings added, one value per day: a later reading of a day replaces its
 * value. Series the readings do not touch are handed back as they were; none is changed in place.
 */
export function addReadings(series: readonly MetricSeries[], readings: readonly MetricReading[]): MetricSeries[] {
  const byKey = new Map(series.map((s) => [keyOf(s.latest), s]));
  const copied = new Set<string>();
  for (const reading of readings) {
    const key = keyOf(reading);
    const day = dayNumber(reading.at);
    const found = byKey.get(key);
    if (!found) {
      byKey.set(key, { latest: reading, days: [day], values: [reading.value] });
      copied.add(key);
      continue;
    }
    const s = copied.has(key) ? found : { ...found, days: [...found.days], values: [...found.values] };
    copied.add(key);
    byKey.set(key, s);
    placeValue(s, day, reading.value);
    if (Date.parse(reading.at) >= Date.parse(s.latest.at)) s.latest = reading;
  }
  return [...byKey.values()];
}

/** Puts the day's value where its day belongs, replacing the value that day had. */
function placeValue(s: MetricSeries, day: number, value: number): void {
  let i = s.days.length;
  while (i > 0 && s.days[i - 1]! > day) i--;
  if (i > 0 && s.days[i - 1] === day) s.values[i - 1] = value;
  else {
    s.days.splice(i, 0, day);
    s.values.splice(i, 0, value);
  }
}

/** The newest reading of every series. */
export function latestReadings(series: readonly MetricSeries[]): MetricReading[] {
  return series.map((s) => s.latest);
}

/**
 * The series cut to the newest `days` days (counted back from the newest day of any series, so
 * the rule needs no clock) and to at most `maxPoints` values in all, dropping whole oldest days.
 * A series left without a day is dropped. The same list comes back when nothing is cut.
 */
export function retainSeries(series: MetricSeries[], limits: { days: number; maxPoints: number }): MetricSeries[] {
  const newest = series.reduce((max, s) => Math.max(max, s.days.at(-1) ?? -Infinity), -Infinity);
  const firstKept = Math.max(newest - limits.days + 1, firstDayWithin(series, limits.maxPoints));
  if (series.every((s) => (s.days[0] ?? -Infinity) >= firstKept)) return series;
  return series.flatMap((s) => {
    const from = s.days.findIndex((d) => d >= firstKept);
    if (from === -1) return [];
    return from === 0 ? [s] : [{ ...s, days: s.days.slice(from), values: s.values.slice(from) }];
  });
}

/** The oldest day from which on, counting every series, at most `maxPoints` values remain. */
function firstDayWithin(series: readonly MetricSeries[], maxPoints: number): number {
  if (series.reduce((total, s) => total + s.days.length, 0) <= maxPoints) return -Infinity;
  const perDay = new Map<number, number>();
  for (const s of series) for (const d of s.days) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  let kept = 0;
  const newestFirst = [...perDay.keys()].sort((a, b) => b - a);
  for (const [i, day] of newestFirst.entries()) {
    kept += perDay.get(day)!;
    if (kept > maxPoints) return newestFirst[i - 1] ?? day + 1;
  }
  return -Infinity;
}
