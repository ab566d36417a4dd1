import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import {
  groupLabel,
  marketplaceCode,
  marketplaceLabel,
  metricLabel,
  severityLabel,
} from '../../../renderer/format/labels';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('labels', () => {
  it('names marketplaces by name and code, and falls back to the id for unknown ones', () => {
    expect(marketplaceLabel(en, 'A1PA6795UKMFR9')).toBe('Germany (DE)');
    expect(marketplaceLabel(zh, 'A1PA6795UKMFR9')).toBe('德国（DE）');
    expect(marketplaceCode('A1PA6795UKMFR9')).toBe('DE');
    expect(marketplaceLabel(en, 'XNEWMARKET')).toBe('XNEWMARKET');
  });

  it("uses the catalogue's metric names, and the key for a metric it does not know", () => {
    expect(metricLabel(en, 'lateShipmentRate')).toBe('Late Shipment Rate');
    expect(metricLabel(zh, 'lateShipmentRate')).toBe('迟发率');
    expect(metricLabel(zh, 'brandNewMetric')).toBe('brandNewMetric');
  });

  it('names metric groups as Seller Central does', () => {
    expect(groupLabel(en, 'customerService')).toBe('Customer Service Performance');
    expect(groupLabel(zh, 'customerService')).toBe('客户服务绩效');
  });

  it('spells out every severity', () => {
    const severities = ['info', 'warning', 'high', 'critical'] as const;
    expect(severities.map((s) => severityLabel(en, s))).toEqual(['Info', 'Warning', 'High', 'Critical']);
    expect(severities.map((s) => severityLabel(zh, s))).toEqual(['信息', '警告', '高', '严重']);
  });
});
