import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { MetricReading } from '../../../../preload/contract';
import { createFakeBridge } from '../../fake-bridge';
import { renderApp } from '../../render-app';

const us = 'ATVPDKIKX0DER';
const de = 'A1PA6795UKMFR9';
const at = new Date(Date.now() - 3_600_000).toISOString();

function reading(metric: string, value: number, overrides: Partial<MetricReading> = {}): MetricReading {
  return { accountId: 'acct-northwind', marketplaceId: us, metric, value, at, ...overrides };
}

async function openHealth(readings: MetricReading[]) {
  const rendered = await renderApp(createFakeBridge({ readings }));
  await rendered.user.click(screen.getByRole('link', { name: 'Account health' }));
  await screen.findByRole('heading', { level: 2, name: 'Account health' });
  return rendered;
}

/** Each body row as [metric, value, target, result]. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent ?? '',
      ),
    );
}

describe('Account health', () => {
  it('shows each account × marketplace by metric group, with value, target and the verdict in words', async () => {
    await openHealth([
      reading('lateShipmentRate', 0.052),
      reading('validTrackingRate', 0.991),
      reading('orderDefectRate.mfn', 0.004),
      reading('listingPolicyViolations', 2),
      reading('accountHealthRating', 428),
      reading('accountStatus', 1),
      reading('onTimeDeliveryRate', 0.96, { marketplaceId: de }),
    ]);

    const usBlock = await screen.findByRole('region', { name: 'Northwind Goods · United States (US)' });
    const history = within(usBlock).getByRole('region', { name: 'History' });
    expect(
      within(usBlock)
        .getAllByRole('table')
        .filter((t) => !history.contains(t))
        .map((t) => t.querySelector('caption')?.textContent),
    ).toEqual(['Customer Service Performance', 'Policy Compliance', 'Shipping Performance', 'Account']);
    expect(rows(within(usBlock).getByRole('table', { name: 'Shipping Performance' }))).toEqual([
      ['Late Shipment Rate', '5.2%', 'under 4%', 'Misses target'],
      ['Valid Tracking Rate', '99.1%', 'above 95%', 'Meets target'],
    ]);
    expect(rows(within(usBlock).getByRole('table', { name: 'Policy Compliance' }))).toEqual([
      ['Listing Policy Violations', '2', '0', 'Misses target'],
    ]);
    expect(rows(within(usBlock).getByRole('table', { name: 'Account' }))).toEqual([
      ['Account status', 'At risk', 'Normal', 'Misses target'],
      ['Account Health Rating', '428', 'above 199', 'Meets target'],
    ]);

    expect(within(usBlock).getByText('Account status: At risk')).toBeTruthy();
    expect(within(usBlock).getByText('Account Health Rating: 428 (Healthy)')).toBeTruthy();

    const deBlock = screen.getByRole('region', { name: 'Northwind Goods · Germany (DE)' });
    // Neither was reported there: nothing is said rather than guessed.
    expect(within(deBlock).queryByText(/^Account status:/)).toBeNull();
    expect(rows(within(deBlock).getByRole('table', { name: 'Shipping Performance' }))).toEqual([
      ['On-Time Delivery Rate', '96%', 'above 97%', 'Misses target'],
    ]);
  });

  it('says so when there are no readings yet', async () => {
    await openHealth([]);
    expect(await screen.findByText('No metrics yet: they appear after the first successful check.')).toBeTruthy();
  });

  it('says how many more defects miss a rate’s target, and when the oldest counted order leaves the window', async () => {
    await openHealth([
      reading('lateShipmentRate', 0.03, {
        counts: { orders: 1000, defects: 30 },
        window: { from: '2026-10-03T00:00:00.000Z', to: '2026-11-01T23:59:00.000Z' },
      }),
      reading('validTrackingRate', 0.95, { counts: { orders: 1000, defects: 50 } }),
      reading('preFulfillmentCancellationRate', 0, { counts: { orders: 0, defects: 0 } }),
    ]);
    const block = await screen.findByRole('region', { name: 'Northwind Goods · United States (US)' });
    const table = within(block).getByRole('table', { name: 'Shipping Performance' });
    expect(within(table).getByText('10 more defects miss it (30 of 1,000 orders)')).toBeTruthy();
    expect(within(table).getByText(/^Oldest counted order leaves the window /)).toBeTruthy();
    expect(within(table).getByText('Already missed: 50 of 1,000 orders')).toBeTruthy();
    expect(within(table).getByText('No orders in the window')).toBeTruthy();
  });
});
