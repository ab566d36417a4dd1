import { describe, expect, it } from 'vitest';
import { marketplaceCode, marketplaceLabel, metricLabel, severityLabel } from '../../../renderer/format/labels';

describe('labels', () => {
  it('names marketplaces by name and code, and falls back to the id for unknown ones', () => {
    expect(marketplaceLabel('A1PA6795UKMFR9')).toBe('Germany (DE)');
    expect(marketplaceCode('A1PA6795UKMFR9')).toBe('DE');
    expect(marketplaceLabel('XNEWMARKET')).toBe('XNEWMARKET');
  });

  it("uses the catalog's metric labels, and the key for a metric it does not know", () => {
    expect(metricLabel('lateShipmentRate')).toBe('Late Shipment Rate');
    expect(metricLabel('brandNewMetric')).toBe('brandNewMetric');
  });

  it('spells out every severity', () => {
    expect(['info', 'warning', 'high', 'critical'].map((s) => severityLabel(s as never))).toEqual([
      'Info',
      'Warning',
      'High',
      'Critical',
    ]);
  });
});
