import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../../main/core/i18n/catalogues';
import { amazonErrorText, spApiError, spApiErrorText } from '../../../../../main/sources/spapi/client/errors';

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

describe("Amazon's error text", () => {
  it('is cut to 200 characters, however long the answer', () => {
    const body = JSON.stringify({ errors: [{ code: 'InvalidInput', message: 'x'.repeat(500_000) }] });
    const text = amazonErrorText(body);
    expect(text).toHaveLength(201);
    expect(text.startsWith('InvalidInput: xxx')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('is empty for an answer that is not an SP-API error document', () => {
    expect(amazonErrorText('<html>Bad gateway</html>')).toBe('');
    expect(amazonErrorText('{"errors":[]}')).toBe('');
  });
});
