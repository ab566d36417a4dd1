import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import rule from '../../eslint-rules/no-literal-jsx-text.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});

describe('no-literal-jsx-text', () => {
  tester.run('no-literal-jsx-text', rule, {
    valid: [
      { code: "<h1>{i18n.t('window.title')}</h1>" },
      { code: '<p>{n.title}</p>' },
      { code: '<span aria-hidden="true">← </span>' },
      { code: '<h3>{name} · {market}</h3>' },
      { code: '<p>—</p>' },
      { code: '<a aria-label={i18n.t(\'window.nav\')} className="app-nav" href="#/" />' },
      { code: '<input type="checkbox" id="x" autoComplete="off" />' },
      { code: "<div className={unread ? 'row row-unread' : 'row'} />" },
      { code: "<nav aria-label={label ?? i18n.t('window.nav')} />" },
    ],
    invalid: [
      { code: '<h1>Performance Notifications</h1>', errors: [{ messageId: 'text' }] },
      { code: "<p>{'Loading…'}</p>", errors: [{ messageId: 'text' }] },
      { code: '<p>{`${count} unread`}</p>', errors: [{ messageId: 'text' }] },
      { code: "<p>{saving ? 'Saving…' : i18n.t('common.save')}</p>", errors: [{ messageId: 'text' }] },
      { code: "<p>{failed && 'It failed'}</p>", errors: [{ messageId: 'text' }] },
      { code: '<p>加载中</p>', errors: [{ messageId: 'text' }] },
      { code: '<p>{count} 2</p>', errors: [{ messageId: 'text' }] },
      { code: '<button aria-label="Dismiss">×</button>', errors: [{ messageId: 'attribute' }] },
      { code: '<abbr title={`Germany (${code})`} />', errors: [{ messageId: 'attribute' }] },
      { code: '<input placeholder="Search" />', errors: [{ messageId: 'attribute' }] },
      { code: '<img alt="Tray icon" />', errors: [{ messageId: 'attribute' }] },
      { code: '<option label="English" />', errors: [{ messageId: 'attribute' }] },
    ],
  });
});
