// Synthetic inboxes for the benchmarks: realistic field sizes, many accounts and marketplaces.
// Everything passes through JSON once, as real data does (the inbox is read from disk, reports
// arrive as JSON): strings built by concatenation are slower to hash and compare than parsed ones.
import { mergeSnapshot } from '../main/core/inbox/merge';
import { metricName } from '../main/core/catalog/metric-text';
import { metricCatalog } from '../main/core/catalog/metrics';
import { translatorFor } from '../main/core/i18n/catalogues';
import type { PerformanceNotification, Snapshot, SourceNotification } from '../main/core/schema';

const markets = ['ATVPDKIKX0DER', 'A1PA6795UKMFR9', 'A1F83G8C2ARO7P'];
const english = translatorFor('en');

export function syntheticNotifications(count: number, keyPrefix = 'k'): SourceNotification[] {
  return viaJson(built(count, keyPrefix));
}

function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function built(count: number, keyPrefix: string): SourceNotification[] {
  return Array.from({ length: count }, (_, i) => {
    const metric = metricCatalog[i % metricCatalog.length]!;
    return {
      accountId: `acct-${i % 20}`,
      marketplaceId: markets[i % markets.length]!,
      group: metric.group,
      metric: metric.key,
      key: `${keyPrefix}-${i}`,
      title: `${metricName(metric.key, english)} needs attention`,
      text: `We received a complaint concerning ASIN B0${String(i).padStart(8, '0')}. Review the listing and submit a plan of action describing the root cause, the actions taken and the steps to prevent recurrence.`,
      severity: (['info', 'warning', 'high', 'critical'] as const)[i % 4]!,
      asins: [`B0${String(i).padStart(8, '0')}`],
      occurredAt: '2026-11-01T08:00:00.000Z',
      deadline: i % 3 === 0 ? '2026-11-18T08:00:00.000Z' : null,
    };
  });
}

export function syntheticSnapshot(notifications: SourceNotification[], takenAt = '2026-11-02T09:00:00.000Z'): Snapshot {
  const accounts = Array.from({ length: 20 }, (_, i) => ({
    id: `acct-${i}`,
    name: `Seller ${i}`,
    source: 'bench',
    marketplaceIds: markets,
  }));
  return { source: 'bench', takenAt, accounts, metrics: [], notifications };
}

export function syntheticInbox(count: number): PerformanceNotification[] {
  return viaJson(mergeSnapshot([], syntheticSnapshot(syntheticNotifications(count))).next);
}
