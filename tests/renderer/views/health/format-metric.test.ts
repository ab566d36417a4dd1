import { describe, expect, it } from 'vitest';
import { formatMetricValue, formatTarget, formatVerdict } from '../../../../renderer/views/health/format-metric';

describe('metric values in words', () => {
  it('writes rates as percentages, counts and scores as whole numbers', () => {
    expect(formatMetricValue('rate', 0.009)).toBe('0.9%');
    expect(formatMetricValue('rate', 0.12345)).toBe('12.35%');
    expect(formatMetricValue('count', 3)).toBe('3');
    expect(formatMetricValue('score', 1000)).toBe('1,000');
  });

  it('names the account status, and says when the value is not one it knows', () => {
    expect([0, 1, 2, 3].map((v) => formatMetricValue('status', v))).toEqual([
      'Normal',
      'At risk',
      'Deactivated',
      'Suspended',
    ]);
    expect(formatMetricValue('status', 9)).toBe('Unknown status (9)');
  });

  it('writes targets with their condition', () => {
    expect(formatTarget('rate', { value: 0.025, condition: 'LESS_THAN' })).toBe('Below 2.5%');
    expect(formatTarget('rate', { value: 0.95, condition: 'GREATER_THAN' })).toBe('Above 95%');
    expect(formatTarget('count', { value: 0, condition: 'EQUALS' })).toBe('0');
    expect(formatTarget('count', null)).toBe('None');
  });

  it('gives the verdict in words', () => {
    expect([true, false, null].map(formatVerdict)).toEqual(['Meets target', 'Misses target', 'No target']);
  });
});
