import { describe, expect, it } from 'vitest';
import { displayWidth, padEndToWidth, padStartToWidth } from '../../../main/node/display-width';

describe('display width', () => {
  it('counts Latin letters, digits and signs as one column each', () => {
    expect(displayWidth('Late Shipment Rate 6.2%')).toBe(23);
    expect(displayWidth('')).toBe(0);
  });

  it('counts Chinese characters and fullwidth punctuation as two', () => {
    expect(displayWidth('迟发率')).toBe(6);
    expect(displayWidth('订单缺陷率（卖家自配送）')).toBe(24);
    expect(displayWidth('低于 4%')).toBe(7);
  });

  it('counts Japanese kana, Korean syllables and characters beyond the basic plane as two', () => {
    expect(displayWidth('アカウント')).toBe(10);
    expect(displayWidth('계정')).toBe(4);
    expect(displayWidth('𠀋')).toBe(2);
  });

  it('counts combining marks and format characters as none', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
  });

  it('pads to a width in columns, and leaves a wider text as it is', () => {
    expect(padEndToWidth('迟发率', 10)).toBe('迟发率    ');
    expect(padStartToWidth('6.2%', 8)).toBe('    6.2%');
    expect(padEndToWidth('配送前取消率', 8)).toBe('配送前取消率');
    expect(padStartToWidth('严重', 4)).toBe('严重');
  });
});
