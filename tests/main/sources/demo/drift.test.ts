import { describe, expect, it } from 'vitest';
import { accountStatusValues, meetsTarget } from '../../../../main/core/catalog/metrics';
import { DE, US, healthyAccount, troubledAccount, type DemoAccount } from '../../../../main/sources/demo/accounts';
import { demoTarget, readingValue } from '../../../../main/sources/demo/drift';
import { templates } from '../../../../main/sources/demo/templates';
import type { DemoEvent } from '../../../../main/sources/demo/timeline';

const HOUR = 3_600_000;
const t0 = Date.parse('2026-11-02T09:00:00.000Z');

function openEvent(templateId: string, account: DemoAccount = troubledAccount, marketplaceId = US): DemoEvent {
  const template = templates.find((t) => t.id === templateId);
  if (!template) throw new Error(templateId);
  return {
    key: `${templateId}-test`,
    account,
    marketplaceId,
    template,
    products: [],
    rightsOwner: '',
    reference: '',
    occurredAt: t0 - HOUR,
    resolvesAt: t0 + HOUR,
  };
}

function reading(
  metric: string,
  open: DemoEvent[] = [],
  options: { account?: DemoAccount; marketplaceId?: string; at?: number } = {},
) {
  return readingValue({
    seed: '42',
    account: options.account ?? troubledAccount,
    marketplaceId: options.marketplaceId ?? US,
    metric,
    simulatedMs: options.at ?? t0,
    open,
  });
}

const meets = (metric: string, value: number, marketplaceId = US) =>
  meetsTarget(value, demoTarget(metric, marketplaceId));

describe('readingValue', () => {
  it('keeps every rate and score in target while nothing drives it off', () => {
    for (const metric of [
      'orderDefectRate.mfn',
      'lateShipmentRate',
      'validTrackingRate',
      'onTimeDeliveryRate',
      'accountHealthRating',
    ]) {
      for (let h = 0; h < 24 * 14; h += 5) {
        for (const account of [healthyAccount, troubledAccount]) {
          for (const marketplaceId of [US, DE]) {
            expect(
              meets(metric, reading(metric, [], { account, marketplaceId, at: t0 + h * HOUR }), marketplaceId),
              metric,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('misses the target while an event of its metric is open, in that account and marketplace only', () => {
    const late = openEvent('late-shipment-rate', troubledAccount, DE);
    expect(meets('lateShipmentRate', reading('lateShipmentRate', [late], { marketplaceId: DE }), DE)).toBe(false);
    expect(meets('lateShipmentRate', reading('lateShipmentRate', [late], { marketplaceId: US }))).toBe(true);
    expect(
      meets(
        'lateShipmentRate',
        reading('lateShipmentRate', [late], { account: healthyAccount, marketplaceId: DE }),
        DE,
      ),
    ).toBe(true);
    const tracking = openEvent('valid-tracking-rate');
    expect(meets('validTrackingRate', reading('validTrackingRate', [tracking]))).toBe(false);
  });

  it('uses the marketplace target from the catalog (a stricter on-time delivery target in DE)', () => {
    const values = Array.from({ length: 50 }, (_, i) =>
      reading('onTimeDeliveryRate', [], { marketplaceId: DE, at: t0 + i * 7 * HOUR }),
    );
    expect(values.every((v) => v > 0.97)).toBe(true);
  });

  it('counts the open events of a policy metric', () => {
    const complaints = [openEvent('ip-complaint'), openEvent('ip-complaint'), openEvent('listing-policy')];
    expect(reading('receivedIntellectualPropertyComplaints', complaints)).toBe(2);
    expect(reading('listingPolicyViolations', complaints)).toBe(1);
    expect(reading('restrictedProductPolicyViolations', complaints)).toBe(0);
  });

  it('puts the account at risk, and its rating below the healthy range, while an at-risk notice is open', () => {
    const atRisk = [openEvent('account-at-risk')];
    expect(reading('accountStatus', atRisk)).toBe(accountStatusValues.AT_RISK);
    expect(reading('accountStatus')).toBe(accountStatusValues.NORMAL);
    const rating = reading('accountHealthRating', atRisk);
    expect(rating).toBeGreaterThanOrEqual(100);
    expect(rating).toBeLessThan(200);
    expect(Number.isInteger(rating)).toBe(true);
  });

  it('leaves the metric alone for informational notices', () => {
    const info = openEvent('a-to-z-claim-closed', healthyAccount);
    expect(meets('orderDefectRate.mfn', reading('orderDefectRate.mfn', [info], { account: healthyAccount }))).toBe(
      true,
    );
  });

  it('keeps a healthy account further inside its targets than a troubled one', () => {
    const mean = (account: DemoAccount) =>
      Array.from({ length: 100 }, (_, i) =>
        reading('orderDefectRate.mfn', [], { account, at: t0 + i * 5 * HOUR }),
      ).reduce((a, b) => a + b) / 100;
    expect(mean(healthyAccount)).toBeLessThan(mean(troubledAccount) / 2);
  });

  it('wanders over days but moves little between two close polls', () => {
    const at = (hours: number) => reading('lateShipmentRate', [], { at: t0 + hours * HOUR });
    const daily = Array.from({ length: 10 }, (_, d) => at(d * 24));
    expect(new Set(daily).size).toBeGreaterThan(5);
    const target = demoTarget('lateShipmentRate', US).value;
    for (let h = 0; h < 48; h++) expect(Math.abs(at(h + 0.25) - at(h))).toBeLessThan(target * 0.05);
  });

  it('reports rates to 0.01 % as Amazon shows them', () => {
    const value = reading('orderDefectRate.afn');
    expect(Math.round(value * 10_000)).toBeCloseTo(value * 10_000, 6);
  });
});
