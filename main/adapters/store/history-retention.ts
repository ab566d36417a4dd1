// How much metric history is kept. Pure: applied to every history write.
//
// 400 days covers Amazon's longest window (invoices from the last 365 days) with a month to
// spare, so a trend can always reach back past it. The window is counted back from the newest
// reading rather than from "now", so the rule needs no clock and pruning never happens on its own.
// 20,000 readings bounds the file (about 2.5 MB) however often readings are recorded, because
// history is opened at every start and must stay cheap to parse: at one reading per metric per
// day that is a year for about 55 metric series (e.g. 3 marketplaces of ~18 metrics).
import type { MetricReading } from '../../core/schema';

export const historyRetention = { days: 400, maxReadings: 20_000 } as const;

const dayMs = 24 * 60 * 60 * 1000;

/** The readings worth keeping, in their original order: the newest ones, within the window and the cap. */
export function retainHistory(
  readings: MetricReading[],
  limits: { days: number; maxReadings: number } = historyRetention,
): MetricReading[] {
  const dated = readings.map((reading, index) => ({ reading, index, time: Date.parse(reading.at) }));
  const newest = dated.reduce((max, d) => Math.max(max, d.time), -Infinity);
  const inWindow = dated.filter((d) => d.time >= newest - limits.days * dayMs);
  const kept =
    inWindow.length > limits.maxReadings
      ? inWindow
          .sort((a, b) => b.time - a.time)
          .slice(0, limits.maxReadings)
          .sort((a, b) => a.index - b.index)
      : inWindow;
  return kept.length === readings.length ? readings : kept.map((d) => d.reading);
}
