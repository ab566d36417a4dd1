import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../../main/core/i18n/catalogues';
import { spApiError, spApiErrorText } from '../../../../../main/sources/spapi/client/errors';

describe('an SP-API error in words', () => {
  it('keeps English in its message, for the logs', () => {
    expect(spApiError('timeout', 'no answer within 10 s').message).toBe(
      'Amazon did not answer in time. Flagwatch will try again. (no answer within 10 s)',
    );
  });

  it("says the advice in the reader's language and quotes the detail as it is", () => {
    const zh = translatorFor('zh-CN');
    expect(spApiErrorText(spApiError('throttled', 'QuotaExceeded: You exceeded your quota'), zh)).toBe(
      '多次礼貌重试后，亚马逊仍回复“请求过多”。Flagwatch 稍后会再试。（QuotaExceeded: You exceeded your quota）',
    );
    expect(spApiErrorText(spApiError('auth-revoked'), zh)).toBe(
      '亚马逊拒绝了刷新令牌：它已被撤销或输入有误。请重新连接该账户。',
    );
  });
});
