import { describe, expect, it } from 'vitest';
import { matchLocale, posixLanguages, resolveLocale } from '../../../../main/core/i18n/locales';

describe('matchLocale', () => {
  it('takes the first supported language among the preferred ones', () => {
    expect(matchLocale(['fr-FR', 'zh-CN', 'en-US'])).toBe('zh-CN');
    expect(matchLocale(['de', 'en-GB', 'zh'])).toBe('en');
  });

  it('reads every Chinese tag as Simplified Chinese', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-TW', 'ZH-hk', 'zh_CN']) expect(matchLocale([tag])).toBe('zh-CN');
  });

  it('falls back to English when nothing matches, or nothing is preferred', () => {
    expect(matchLocale(['ja-JP', 'de-DE'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });

  it('takes an English tag of any spelling before a Chinese one', () => {
    for (const tag of [' en ', 'EN', 'en-GB', 'en_GB']) expect(matchLocale([tag, 'zh-CN'])).toBe('en');
    expect(matchLocale([' zh-CN ', 'en'])).toBe('zh-CN');
  });

  it('does not take a language that only starts with the same letters', () => {
    expect(matchLocale(['zhx', 'eng'])).toBe('en');
    expect(matchLocale(['zhx'])).toBe('en');
  });
});

describe('resolveLocale', () => {
  it('follows the system when the setting says so', () => {
    expect(resolveLocale('system', ['zh-CN'])).toBe('zh-CN');
  });

  it('lets a chosen language win over the system', () => {
    expect(resolveLocale('en', ['zh-CN'])).toBe('en');
    expect(resolveLocale('zh-CN', ['en-US'])).toBe('zh-CN');
  });
});

describe('posixLanguages', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG, without encoding or modifier', () => {
    expect(posixLanguages({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'de_DE', LC_ALL: 'zh_CN.UTF-8@pinyin' })).toEqual([
      'zh-CN',
      'de-DE',
      'en-US',
    ]);
  });

  it('reads a variable that is only an encoding, or only a modifier, as saying nothing', () => {
    expect(posixLanguages({ LC_ALL: '.UTF-8', LC_MESSAGES: '@euro', LANG: ' zh_CN ' })).toEqual(['zh-CN']);
  });

  it('ignores unset, empty, C and POSIX values', () => {
    expect(posixLanguages({ LC_ALL: '', LC_MESSAGES: 'C', LANG: 'POSIX' })).toEqual([]);
    expect(posixLanguages({ LANG: 'C.UTF-8' })).toEqual([]);
  });
});
