import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { FlagwatchError } from '../../../preload/bridge';
import { failureOf, failureText } from '../../../renderer/state/failure';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('a failed command in words', () => {
  it("says what failed in the window's language, and why in the host's words", () => {
    const failure = failureOf('settings.action.save', new FlagwatchError('The settings file is read-only.', 'failed'));
    expect(failureText(en, failure)).toBe('Could not save the settings: The settings file is read-only.');
    expect(failureText(zh, failure)).toBe('无法保存设置：The settings file is read-only.');
  });

  it('says a lost connection in the window’s language', () => {
    const failure = failureOf('window.action.refresh', new FlagwatchError('Lost the connection…', 'disconnected'));
    expect(failureText(en, failure)).toBe(
      'Could not check for notifications: the connection to Flagwatch is lost; try again once it is back',
    );
    expect(failureText(zh, failure)).toBe('无法检查新通知：与 Flagwatch 的连接已断开，请在连接恢复后重试');
  });

  it('puts any thrown value into words, and an empty one as "something went wrong"', () => {
    expect(failureText(en, failureOf('accounts.action.load', 'timeout'))).toBe('Could not load the accounts: timeout');
    expect(failureText(en, failureOf('accounts.action.load', new Error(' ')))).toBe(
      'Could not load the accounts: something went wrong',
    );
  });
});
