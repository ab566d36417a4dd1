// History format 1 held a list of readings, one object each (over a hundred bytes a day per
// metric); format 2 holds one series per metric (main/core/health/metric-series.ts). Every
// reading the old file held survives as its day's value, the newest of each metric whole.
import { z } from 'zod';
import { addReadings } from '../../core/health/metric-series';
import { MetricReadingSchema } from '../../core/schema';

const FormatOneSchema = z.object({ readings: z.array(MetricReadingSchema) });

/** Throws, with zod's words, on a format 1 document that does not hold readings. */
export function migrateReadingsToSeries(document: unknown): unknown {
  const { readings } = FormatOneSchema.parse(document);
  const oldestFirst = [...readings].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { series: addReadings([], oldestFirst) };
}
