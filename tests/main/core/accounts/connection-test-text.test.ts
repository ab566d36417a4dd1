import { describe, expect, it } from 'vitest';
import { connectionTestText } from '../../../../main/core/accounts/connection-test-text';
import { translatorFor } from '../../../../main/core/i18n/catalogues';

describe('connectionTestText of a saved failure', () => {
  it('words a known failure anew in the reader’s language, whatever was saved', () => {
    const saved = { ok: false as const, kind: 'throttled' as const, message: 'saved in another language' };
    expect(connectionTestText(translatorFor('en'), saved, [])).toBe(
      'Amazon asked Flagwatch to slow down (too many requests). Wait a minute, then test again.',
    );
    expect(connectionTestText(translatorFor('zh-CN'), saved, [])).toBe(
      '亚马逊要求 Flagwatch 放慢速度（请求过多）。请稍等一分钟，然后再次测试。',
    );
  });

  it('keeps the saved words of an unexpected failure, which quote Amazon', () => {
    const saved = { ok: false as const, kind: 'unexpected' as const, message: 'The test failed: 500 Internal' };
    expect(connectionTestText(translatorFor('zh-CN'), saved, [])).toBe('The test failed: 500 Internal');
  });
});
