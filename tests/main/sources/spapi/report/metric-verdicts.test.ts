import { describe, expect, it } from 'vitest';
import { metricVerdicts } from '../../../../../main/sources/spapi/report/metric-verdicts';
import type { ParsedMarketplace, ParsedMetric } from '../../../../../main/sources/spapi/report/types';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';

function reading(overrides: Partial<ParsedMetric>): ParsedMetric {
  return {
    metric: 'lateShipmentRate',
    field: 'lateShipmentRate',
    value: 0.05,
    counts: {},
    primary: true,
    ...overrides,
  };
}

function verdicts(marketplaceId: string, metrics: ParsedMetric[]) {
  const marketplace: ParsedMarketplace = { marketplaceId, metrics, unknownFields: {} };
  return metricVerdicts(marketplace).map(({ reading: r, target, meets, windowDays }) => ({
    metric: r.metric,
    target,
    meets,
    windowDays,
  }));
}

describe('metricVerdicts', () => {
  it('judges a metric without a value as nothing to judge, whichever way its target points', () => {
    expect(
      verdicts(US, [reading({ value: null }), reading({ metric: 'onTimeDeliveryRate', value: null })]).map(
        (v) => v.meets,
      ),
    ).toEqual([null, null]);
  });

  it('judges against the report’s own target first', () => {
    const [verdict] = verdicts(US, [reading({ value: 0.05, target: { value: 0.06, condition: 'LESS_THAN' } })]);
    expect(verdict).toMatchObject({ target: { value: 0.06, condition: 'LESS_THAN' }, meets: true });
  });

  it('judges against the marketplace’s own target when the report gives none', () => {
    const metric = reading({ metric: 'onTimeDeliveryRate', field: 'onTimeDeliveryRate', value: 0.95 });
    expect(verdicts(DE, [metric])[0]).toMatchObject({
      target: { value: 0.97, condition: 'GREATER_THAN' },
      meets: false,
    });
    expect(verdicts(US, [metric])[0]).toMatchObject({ target: { value: 0.9, condition: 'GREATER_THAN' }, meets: true });
  });

  it('takes the report’s window, else the catalog’s', () => {
    expect(verdicts(US, [reading({ windowDays: 10 }), reading({})]).map((v) => v.windowDays)).toEqual([10, 30]);
  });

  it('leaves out a metric the catalog does not know', () => {
    expect(verdicts(US, [reading({ metric: 'sellerFulfilledPrimeScore' })])).toEqual([]);
  });
});
