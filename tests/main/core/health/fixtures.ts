// Metric readings for the health tests: account a1's Late Shipment Rate on the US marketplace,
// 2 % on the morning of 2 November 2026, unless a test says otherwise.
import type { MetricReading } from '../../../../main/core/schema';
import { US } from '../../../support/fixtures';

export function reading(overrides: Partial<MetricReading>): MetricReading {
  return {
    accountId: 'a1',
    marketplaceId: US,
    metric: 'lateShipmentRate',
    value: 0.02,
    at: '2026-11-02T08:00:00.000Z',
    ...overrides,
  };
}
