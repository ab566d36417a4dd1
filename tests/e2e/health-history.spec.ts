// Account health over time end to end: `flagwatch serve` on the demo, its clock a day a second so
// the history gathers days, then Account health in Chromium: every metric with its target, and a
// uPlot chart of a metric's days against its target line, drawn on a real canvas.
import { expect, test } from './support/test';

const minDays = 4;

test('account health shows the demo’s metrics with targets and a chart that has points', async ({ page, serve }) => {
  const start = new Date(Date.now() - 10 * 86_400_000).toISOString();
  const { host, client } = await serve({ demoSeed: 7, clock: { start, speed: 86_400 } });

  // Days gather while the clock runs; then the host sleeps, so the page reads a history that stays put.
  const { accounts } = await client.api.invoke('inbox.get', {});
  const account = accounts[0]!;
  const marketplaceId = account.marketplaceIds[0]!;
  await expect
    .poll(
      async () => {
        const [series] = await client.api.invoke('metrics.history', {
          accountId: account.id,
          marketplaceId,
          metric: 'lateShipmentRate',
        });
        return series?.points.length ?? 0;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(minDays);
  host.signal('SIGTSTP');

  await page.goto(`${host.pageUrl.href}#/health`);
  const block = page.getByRole('region', { name: new RegExp(`^${account.name} · `) }).first();
  // Every rate with its target, in words.
  const shipping = block.getByRole('table', { name: 'Shipping Performance' });
  await expect(shipping.getByRole('row', { name: /^Late Shipment Rate .* under 4%/ })).toBeVisible();
  await expect(shipping.getByRole('row', { name: /^Valid Tracking Rate .* above 95%/ })).toBeVisible();

  const history = block.getByRole('region', { name: 'History' });
  await history.getByRole('combobox', { name: 'Metric' }).selectOption({ label: 'Late Shipment Rate' });
  await expect(history.getByText('Late Shipment Rate, one value a day, against its target (under 4%)')).toBeVisible();

  // The history the host holds now, against what the chart and the table show.
  const [held] = await client.api.invoke('metrics.history', {
    accountId: account.id,
    marketplaceId,
    metric: 'lateShipmentRate',
    days: 90,
  });
  const days = held!.points.length;
  expect(days).toBeGreaterThanOrEqual(minDays);
  // Charts are drawn as they come into view.
  await history.scrollIntoViewIfNeeded();
  const chart = history.locator('[data-points]');
  await expect(chart).toHaveAttribute('data-points', String(days));

  // uPlot drew on its canvas: a sized canvas with painted pixels.
  const canvas = chart.locator('canvas');
  await expect(canvas).toHaveCount(1);
  const painted = await canvas.evaluate((element: unknown) => {
    // Typed by hand: this program has no DOM types.
    const c = element as {
      width: number;
      height: number;
      getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } };
    };
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) opaque++;
    return { width: c.width, height: c.height, painted: opaque };
  });
  expect(painted.width).toBeGreaterThan(100);
  expect(painted.height).toBeGreaterThan(100);
  expect(painted.painted).toBeGreaterThan(500);

  // The same days as words and as a table, from the keyboard.
  await expect(history.getByText(new RegExp(`^Latest .* over ${days} days\\.`))).toBeVisible();
  await history.getByText('Values by day').focus();
  await page.keyboard.press('Enter');
  const table = history.getByRole('table', { name: 'Late Shipment Rate by day, newest first' });
  await expect(table.getByRole('row')).toHaveCount(days + 1);

  // A block further down draws its chart once scrolled to.
  const lastHistory = page.getByRole('region', { name: 'History' }).last();
  await lastHistory.scrollIntoViewIfNeeded();
  await expect(lastHistory.locator('[data-points] canvas')).toHaveCount(1);
});
