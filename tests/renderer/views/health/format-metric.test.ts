import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { formatMetricValue, formatTarget, formatVerdict } from '../../../../renderer/views/health/format-metric';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('metric values in words', () => {
  it('writes rates as percentages, counts and scores as whole numbers', () => {
    expect(formatMetricValue(en, 'rate', 0.009)).toBe('0.9%');
    expect(formatMetricValue(en, 'rate', 0.12345)).toBe('12.35%');
    expect(formatMetricValue(en, 'count', 3)).toBe('3');
    expect(formatMetricValue(en, 'score', 1000)).toBe('1,000');
  });

  it('names the account status, and says when the value is not one it knows', () => {
    expect([0, 1, 2, 3].map((v) => formatMetricValue(en, 'status', v))).toEqual([
      'Normal',
      'At risk',
      'Deactivated',
      'Suspended',
    ]);
    expect(formatMetricValue(en, 'status', 9)).toBe('Unknown status (9)');
    expect(formatMetricValue(zh, 'status', 1)).toBe('有风险');
  });

  it('writes targets with their condition', () => {
    expect(formatTarget(en, 'rate', { value: 0.025, condition: 'LESS_THAN' })).toBe('under 2.5%');
    expect(formatTarget(en, 'rate', { value: 0.95, condition: 'GREATER_THAN' })).toBe('above 95%');
    expect(formatTarget(en, 'count', { value: 0, condition: 'EQUALS' })).toBe('0');
    expect(formatTarget(en, 'count', null)).toBe('None');
    expect(formatTarget(zh, 'rate', { value: 0.01, condition: 'LESS_THAN' })).toBe('低于 1%');
  });

  it('gives the verdict in words', () => {
    expect([true, false, null].map((v) => formatVerdict(en, v))).toEqual([
      'Meets target',
      'Misses target',
      'No target',
    ]);
    expect([true, false, null].map((v) => formatVerdict(zh, v))).toEqual(['达标', '未达标', '无目标']);
  });
});
