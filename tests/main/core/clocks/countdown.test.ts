import { describe, expect, it } from 'vitest';
import { countdownText } from '../../../../main/core/clocks/countdown';
import { timeLeftWords } from '../../../../main/core/clocks/time-left-words';
import { translatorFor } from '../../../../main/core/i18n/catalogues';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const s = 1000;
const min = 60 * s;
const h = 60 * min;

describe('countdownText', () => {
  it('counts days and hours past a day, in words with plurals', () => {
    expect(countdownText(2 * 24 * h + 5 * h + 59 * min, en)).toBe('2 days 5 hours left');
    expect(countdownText(24 * h, en)).toBe('1 day 0 hours left');
    expect(countdownText(25 * h, zh)).toBe('剩余 1 天 1 小时');
  });

  it('counts hours and minutes within a day', () => {
    expect(countdownText(24 * h - 1, en)).toBe('23 hours 59 minutes left');
    expect(countdownText(h + min, en)).toBe('1 hour 1 minute left');
  });

  it('counts minutes and seconds within the hour', () => {
    expect(countdownText(h - 1, en)).toBe('59 minutes 59 seconds left');
    expect(countdownText(61 * s, zh)).toBe('剩余 1 分钟 1 秒');
  });

  it('says the deadline has passed at and after it', () => {
    expect(countdownText(0, en)).toBe('Deadline passed');
    expect(countdownText(-5 * min, zh)).toBe('已过截止时间');
  });
});

describe('timeLeftWords', () => {
  it('names the hours left, to the nearest hour', () => {
    expect(timeLeftWords(72 * h, en)).toBe('72 hours left');
    expect(timeLeftWords(24 * h - 40, en)).toBe('24 hours left');
    expect(timeLeftWords(h, en)).toBe('1 hour left');
    expect(timeLeftWords(4 * h, zh)).toBe('剩余 4 小时');
  });

  it('names minutes under half an hour', () => {
    expect(timeLeftWords(29 * min, en)).toBe('29 minutes left');
    expect(timeLeftWords(20 * s, en)).toBe('1 minute left');
  });
});
