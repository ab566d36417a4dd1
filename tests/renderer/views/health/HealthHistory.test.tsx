import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { defaultSettings, type MetricReading } from '../../../../preload/contract';
import type { ChartInput } from '../../../../renderer/views/health/history-chart';
import { createFakeBridge, type FakeHostState } from '../../fake-bridge';
import { renderApp } from '../../render-app';

// jsdom has no canvas: the chart module is replaced by one that records what it was asked to
// draw. The real uPlot drawing is checked in Chromium (tests/e2e/health-history.spec.ts).
const drawn = vi.hoisted(() => ({ inputs: [] as ChartInput[], fail: null as string | null, destroyed: 0 }));
vi.mock('../../../../renderer/views/health/history-chart', () => ({
  drawHistoryChart: (_host: HTMLElement, input: ChartInput) => {
    if (drawn.fail) throw new Error(drawn.fail);
    drawn.inputs.push(input);
    return { points: input.days.length, resize: () => {}, destroy: () => void drawn.destroyed++ };
  },
}));

// Reset before each test, not after: the last test's window is taken down after its afterEach.
beforeEach(() => {
  drawn.inputs = [];
  drawn.fail = null;
  drawn.destroyed = 0;
});
afterEach(() => {
  delete document.documentElement.dataset.theme;
});

const us = 'ATVPDKIKX0DER';
const dayMs = 86_400_000;
/** Midday UTC, `daysAgo` days before today. */
const dayAt = (daysAgo: number) =>
  new Date((Math.floor(Date.now() / dayMs) - daysAgo) * dayMs + dayMs / 2).toISOString();
const dayOf = (daysAgo: number) => dayAt(daysAgo).slice(0, 10);
const dayText = (daysAgo: number) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(dayAt(daysAgo)));

/** One reading a day, the last value today. */
function daily(metric: string, values: number[]): MetricReading[] {
  return values.map((value, i) => ({
    accountId: 'acct-northwind',
    marketplaceId: us,
    metric,
    value,
    at: dayAt(values.length - 1 - i),
  }));
}

async function openHistory(state: FakeHostState) {
  const rendered = await renderApp(createFakeBridge(state));
  await rendered.user.click(screen.getByRole('link', { name: 'Account health' }));
  const block = await screen.findByRole('region', { name: 'Northwind Goods · United States (US)' });
  const history = within(block).getByRole('region', { name: 'History' });
  return { ...rendered, history };
}

/** Each row of the values table as [day, value, result]. */
function valueRows(history: HTMLElement): string[][] {
  const table = within(history).getByRole('table', { name: /by day, newest first$/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

const lsr = [0.02, 0.05, 0.03, 0.03];
const readings = [...daily('validTrackingRate', [0.97, 0.98, 0.99, 0.99]), ...daily('lateShipmentRate', lsr)];

describe('Account health over time', () => {
  it('opens on the first metric off target and draws its days against the target line', async () => {
    const { history } = await openHistory({ readings });
    expect(
      await within(history).findByText('Late Shipment Rate, one value a day, against its target (under 4%)'),
    ).toBeTruthy();
    expect((within(history).getByRole('combobox', { name: 'Metric' }) as HTMLSelectElement).value).toBe(
      'lateShipmentRate',
    );
    await waitFor(() => expect(drawn.inputs).toHaveLength(1));
    expect(drawn.inputs[0]).toMatchObject({
      days: [dayOf(3), dayOf(2), dayOf(1), dayOf(0)],
      values: lsr,
      target: 0.04,
      valueLabel: 'Late Shipment Rate',
      targetLabel: 'Target',
    });
    expect(drawn.inputs[0]!.formatValue(0.04)).toBe('4%');
    await waitFor(() => expect(history.querySelector('[data-points]')?.getAttribute('data-points')).toBe('4'));
  });

  it('says the latest, lowest and highest values with their days, and the days off target', async () => {
    const { history } = await openHistory({ readings });
    expect(
      await within(history).findByText(
        `Latest 3% on ${dayText(0)}. Lowest 2% on ${dayText(3)}, highest 5% on ${dayText(2)}, over 4 days. Missed the target on 1 day.`,
      ),
    ).toBeTruthy();
  });

  it('lists every day in a table, newest first, with the verdict in words', async () => {
    const { history } = await openHistory({ readings });
    await within(history).findByRole('table', { name: /by day, newest first$/ });
    expect(valueRows(history)).toEqual([
      [dayText(0), '3%', 'Meets target'],
      [dayText(1), '3%', 'Meets target'],
      [dayText(2), '5%', 'Misses target'],
      [dayText(3), '2%', 'Meets target'],
    ]);
  });

  it('switches metric and period from the keyboard, asking the host for just that', async () => {
    const bridge = createFakeBridge({ readings });
    const rendered = await renderApp(bridge);
    await rendered.user.click(screen.getByRole('link', { name: 'Account health' }));
    const history = await screen.findByRole('region', { name: 'History' });
    await within(history).findByText(/^Late Shipment Rate, one value a day/);

    const metric = within(history).getByRole('combobox', { name: 'Metric' });
    metric.focus();
    await rendered.user.selectOptions(metric, 'Valid Tracking Rate');
    expect(
      await within(history).findByText('Valid Tracking Rate, one value a day, against its target (above 95%)'),
    ).toBeTruthy();
    await waitFor(() => expect(drawn.inputs.at(-1)?.values).toEqual([0.97, 0.98, 0.99, 0.99]));

    await rendered.user.selectOptions(within(history).getByRole('combobox', { name: 'Period' }), 'Last 30 days');
    await waitFor(() =>
      expect(bridge.calls.filter((c) => c.command === 'metrics.history').at(-1)?.request).toEqual({
        accountId: 'acct-northwind',
        marketplaceId: us,
        metric: 'validTrackingRate',
        days: 30,
      }),
    );
  });

  it('offers every metric with a number to chart, but not the account status', async () => {
    const { history } = await openHistory({
      readings: [...readings, ...daily('accountStatus', [0]), ...daily('accountHealthRating', [180])],
    });
    const options = within(within(history).getByRole('combobox', { name: 'Metric' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Late Shipment Rate',
      'Valid Tracking Rate',
      'Account Health Rating',
    ]);
  });

  it('shades the Account Health Rating’s Unhealthy and At risk bands, and no other metric’s', async () => {
    const { history, user } = await openHistory({
      readings: [...readings, ...daily('accountHealthRating', [240, 260])],
    });
    const metric = within(history).getByRole('combobox', { name: 'Metric' });
    await user.selectOptions(metric, 'Account Health Rating');
    await waitFor(() => expect(drawn.inputs.at(-1)?.values).toEqual([240, 260]));
    expect(drawn.inputs.at(-1)!.bands).toEqual([
      { from: 0, to: 100, tone: 'critical' },
      { from: 100, to: 200, tone: 'warning' },
    ]);
    await user.selectOptions(metric, 'Late Shipment Rate');
    await waitFor(() => expect(drawn.inputs.at(-1)?.values).toEqual(lsr));
    expect(drawn.inputs.at(-1)!.bands).toBeUndefined();
  });

  it('redraws in the other colours when the theme changes', async () => {
    const { history } = await openHistory({ readings });
    await within(history).findByText(/^Late Shipment Rate, one value a day/);
    await waitFor(() => expect(drawn.inputs).toHaveLength(1));
    document.documentElement.dataset.theme = 'dark';
    await waitFor(() => expect(drawn.inputs).toHaveLength(2));
    expect(drawn.destroyed).toBe(1);
  });

  it('keeps the words and the table when the chart cannot be drawn', async () => {
    drawn.fail = 'no canvas';
    const { history } = await openHistory({ readings });
    expect(await within(history).findByRole('alert')).toHaveProperty(
      'textContent',
      'The chart could not be drawn (no canvas); the values are in the table.',
    );
    expect(valueRows(history)).toHaveLength(4);
  });

  it('says so in words when the history cannot be read', async () => {
    const { history } = await openHistory({ readings, failures: { 'metrics.history': 'the disk is gone' } });
    expect((await within(history).findByRole('alert')).textContent).toBe(
      'Could not load the metric history: the disk is gone',
    );
  });

  it('speaks Chinese, with Seller Central’s metric names', async () => {
    const rendered = await renderApp(
      createFakeBridge({ readings, settings: { ...defaultSettings, language: 'zh-CN' } }),
    );
    await rendered.user.click(screen.getByRole('link', { name: '账户状况' }));
    const history = await screen.findByRole('region', { name: '历史' });
    expect(await within(history).findByText('迟发率，每天一个数值，对照目标（低于 4%）')).toBeTruthy();
    expect(within(history).getByRole('combobox', { name: '时间范围' })).toBeTruthy();
    expect(
      within(history).getByText(/^最新 3%（.+）。最低 2%（.+），最高 5%（.+），共 4 天。有 1 天未达标。$/),
    ).toBeTruthy();
  });
});
