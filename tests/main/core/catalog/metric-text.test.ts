import { describe, expect, it } from 'vitest';
import { describeTarget, formatValue, metricName } from '../../../../main/core/catalog/metric-text';
import { translatorFor } from '../../../../main/core/i18n/catalogues';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('metricName', () => {
  it('names a metric as Seller Central does in each language', () => {
    expect(metricName('lateShipmentRate', en)).toBe('Late Shipment Rate');
    expect(metricName('lateShipmentRate', zh)).toBe('迟发率');
    expect(metricName('orderDefectRate.mfn', zh)).toBe('订单缺陷率（卖家自配送）');
  });

  it('keeps the key of a metric the catalog does not know', () => {
    expect(metricName('someNewMetric', zh)).toBe('someNewMetric');
  });
});

describe('formatValue', () => {
  it('writes a rate as a percentage with at most two decimals', () => {
    expect(formatValue('rate', 0.062, en)).toBe('6.2%');
    expect(formatValue('rate', 0.012345, zh)).toBe('1.23%');
  });

  it('writes counts and scores as whole numbers grouped for the locale', () => {
    expect(formatValue('count', 1234, en)).toBe('1,234');
    expect(formatValue('score', 428, zh)).toBe('428');
  });
});

describe('describeTarget', () => {
  it('says under, above or the value itself', () => {
    expect(describeTarget('rate', { value: 0.04, condition: 'LESS_THAN' }, en)).toBe('under 4%');
    expect(describeTarget('rate', { value: 0.95, condition: 'GREATER_THAN' }, en)).toBe('above 95%');
    expect(describeTarget('count', { value: 0, condition: 'EQUALS' }, en)).toBe('0');
  });

  it('says it in Chinese', () => {
    expect(describeTarget('rate', { value: 0.04, condition: 'LESS_THAN' }, zh)).toBe('低于 4%');
    expect(describeTarget('rate', { value: 0.95, condition: 'GREATER_THAN' }, zh)).toBe('高于 95%');
  });
});
