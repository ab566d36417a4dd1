import { describe, expect, it } from 'vitest';
import { meetsTarget, metricCatalog, metricDefinition, targetFor } from '../../../../main/core/catalog/metrics';

describe('metric catalog', () => {
  it('has unique keys and covers every metric group', () => {
    const keys = metricCatalog.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(metricCatalog.map((m) => m.group))).toEqual(
      new Set(['customerService', 'policyCompliance', 'shipping', 'account']),
    );
  });

  it('prefers the report target, then the marketplace override, then the default', () => {
    expect(targetFor('onTimeDeliveryRate', 'US')).toEqual({ value: 0.9, condition: 'GREATER_THAN' });
    expect(targetFor('onTimeDeliveryRate', 'DE')).toEqual({ value: 0.97, condition: 'GREATER_THAN' });
    expect(targetFor('onTimeDeliveryRate', 'DE', { value: 0.95, condition: 'GREATER_THAN' })).toEqual({
      value: 0.95,
      condition: 'GREATER_THAN',
    });
    expect(targetFor('notAMetric', 'US')).toBeUndefined();
  });

  it('judges values against targets the way Amazon states them', () => {
    const odr = metricDefinition('orderDefectRate.mfn')!.target;
    expect(meetsTarget(0.009, odr)).toBe(true);
    expect(meetsTarget(0.01, odr)).toBe(false);
    expect(meetsTarget(0, { value: 0, condition: 'EQUALS' })).toBe(true);
    expect(meetsTarget(1, { value: 0, condition: 'EQUALS' })).toBe(false);
    expect(meetsTarget(428, metricDefinition('accountHealthRating')!.target)).toBe(true);
    expect(meetsTarget(199, metricDefinition('accountHealthRating')!.target)).toBe(false);
  });
});
