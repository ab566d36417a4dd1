import { describe, expect, it } from 'vitest';
import { matching, searchable } from '../../../../main/core/appeal-record/record-search';

const items = [
  { id: 'a', text: searchable(['Late Shipment Rate above target', 'Bluefin Outdoor Supply', 'Germany (DE)']) },
  { id: 'b', text: searchable(['Product authenticity complaint', 'Bluefin Outdoor Supply', 'United States (US)']) },
  { id: 'c', text: searchable(['订单缺陷率高于目标', null, '德国（DE）']) },
];
const ids = (query: string) => matching(items, (i) => i.text, query).map((i) => i.id);

describe('matching', () => {
  it('keeps everything for an empty or blank query', () => {
    expect(ids('')).toEqual(['a', 'b', 'c']);
    expect(ids('   ')).toEqual(['a', 'b', 'c']);
  });

  it('needs every word, in any case', () => {
    expect(ids('bluefin')).toEqual(['a', 'b']);
    expect(ids('BLUEFIN de')).toEqual(['a']);
    expect(ids('bluefin complaint')).toEqual(['b']);
    expect(ids('nothing')).toEqual([]);
  });

  it('finds Chinese text and folds full-width letters', () => {
    expect(ids('缺陷率')).toEqual(['c']);
    expect(ids('ＤＥ')).toEqual(['a', 'c']);
  });
});
