import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../../main/core/i18n/catalogues';
import {
  countsText,
  missDirection,
  rangeText,
  windowText,
} from '../../../../../main/sources/spapi/report/describe-metric';

const t = translatorFor('en');

describe('missDirection', () => {
  it('says which way a value misses its target', () => {
    expect(missDirection({ value: 0.04, condition: 'LESS_THAN' }, t)).toBe('above target');
    expect(missDirection({ value: 0.9, condition: 'GREATER_THAN' }, t)).toBe('below target');
    expect(missDirection({ value: 0, condition: 'EQUALS' }, t)).toBe('off target');
  });
});

describe('windowText', () => {
  it('names a known window and says nothing of an unknown one', () => {
    expect(windowText(30, t)).toBe(' over the last 30 days');
    expect(windowText(null, t)).toBe('');
    expect(windowText(undefined, t)).toBe('');
  });
});

describe('countsText', () => {
  it('quotes the counts it can name, in reading order, and nothing when there are none', () => {
    expect(countsText({ lateShipmentCount: 12, orderCount: 194, somethingNew: 3 }, t)).toBe(
      '194 orders and 12 shipped late',
    );
    expect(countsText({ somethingNew: 3 }, t)).toBe('');
  });
});

describe('rangeText', () => {
  it('gives the report’s own days, and nothing when either end is missing', () => {
    expect(rangeText({ from: '2026-10-03T00:00Z', to: '2026-11-01T23:59Z' }, t)).toBe('2026-10-03 to 2026-11-01');
    expect(rangeText({ from: '2026-10-03T00:00Z' }, t)).toBe('');
    expect(rangeText({ to: '2026-11-01T23:59Z' }, t)).toBe('');
    expect(rangeText(undefined, t)).toBe('');
  });
});
