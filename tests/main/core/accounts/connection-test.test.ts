import { describe, expect, it } from 'vitest';
import type { AccountConfig } from '../../../../main/core/accounts/account-config';
import {
  connectionTestResult,
  missingSecretsResult,
  type ConnectionProbe,
} from '../../../../main/core/accounts/connection-test';
import { translatorFor } from '../../../../main/core/i18n/catalogues';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

const config: AccountConfig = {
  id: 'acct-1',
  name: 'Northwind Goods',
  region: 'EU',
  sellerId: 'A2EXAMPLE1234',
  marketplaceIds: ['A1PA6795UKMFR9', 'A13V1IB3VIYZZH'],
  clientId: 'amzn1.application-oa2-client.0123456789abcdef',
};
const secrets = {
  clientSecret: 'amzn1.oa2-cs.v1.example-client-secret',
  refreshToken: 'Atzr|IwEBIexample-refresh-token',
};

function failure(kind: Extract<ConnectionProbe, { ok: false }>['kind'], detail?: string) {
  return connectionTestResult(config, { ok: false, kind, detail }, secrets, en);
}

describe('the answer to "Test connection"', () => {
  it('names the seller and the configured marketplaces it sells on', () => {
    const probe: ConnectionProbe = {
      ok: true,
      sellerName: 'Northwind',
      marketplaces: [
        { id: 'A1PA6795UKMFR9', participating: true },
        { id: 'A13V1IB3VIYZZH', participating: true },
      ],
    };
    expect(connectionTestResult(config, probe, secrets, en)).toEqual({
      ok: true,
      sellerName: 'Northwind',
      marketplaces: probe.marketplaces,
      message: 'Connected to Amazon as Northwind. Selling on Germany (DE) and France (FR).',
    });
  });

  it('warns about configured marketplaces the seller does not sell on', () => {
    const probe: ConnectionProbe = { ok: true, marketplaces: [{ id: 'A13V1IB3VIYZZH', participating: false }] };
    expect(connectionTestResult(config, probe, secrets, en).message).toBe(
      'Connected to Amazon. Not selling on Germany (DE) and France (FR): Amazon will report nothing there.',
    );
  });

  it("answers in the app's language", () => {
    const probe: ConnectionProbe = { ok: true, marketplaces: [{ id: 'A1PA6795UKMFR9', participating: true }] };
    expect(connectionTestResult(config, probe, secrets, zh).message).toBe(
      '已连接到亚马逊。正在 德国（DE） 销售。未在 法国（FR） 销售：亚马逊不会报告这些商城的任何信息。',
    );
    expect(connectionTestResult(config, { ok: false, kind: 'throttled' }, secrets, zh).message).toMatch(/请求过多/);
    expect(missingSecretsResult(zh).message).toMatch(/^此账户的客户端密钥和刷新令牌尚未保存/);
    expect(
      connectionTestResult(config, { ok: false, kind: 'unexpected', detail: `x ${secrets.refreshToken}` }, secrets, zh)
        .message,
    ).toBe('测试因意外原因失败：x [hidden]');
  });

  it.each([
    ['refresh-token', /refused the refresh token: it is mistyped, or the seller revoked this app's authorization/],
    ['client-credentials', /refused the client id or client secret.*expire every 180 days/],
    ['missing-role', /may not read the seller performance report: give it the Selling Partner Insights role/],
    ['unreachable', /Amazon could not be reached\. Check the internet connection/],
    ['throttled', /asked Flagwatch to slow down.*Wait a minute/],
  ] as const)('explains a %s failure in plain words', (kind, message) => {
    const result = failure(kind);
    expect(result).toMatchObject({ ok: false, kind });
    expect(result.message).toMatch(message);
  });

  it('says what to do when the secrets are missing', () => {
    expect(missingSecretsResult(en)).toEqual({
      ok: false,
      kind: 'missing-secrets',
      message: 'The client secret and refresh token of this account are not saved. Enter both, save, then test again.',
    });
  });

  it("quotes Amazon's detail of an unexpected failure with any secret hidden", () => {
    expect(failure('unexpected', `500 for client_secret=${secrets.clientSecret}`).message).toBe(
      'The test failed for an unexpected reason: 500 for client_secret=[hidden]',
    );
    expect(failure('unexpected').message).toBe('The test failed for an unexpected reason.');
  });
});
