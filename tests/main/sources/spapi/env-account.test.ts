// The account of `flagwatch check --source spapi`, from environment variables: every missing
// variable named at once, values checked like an account saved in the window.
import { describe, expect, it } from 'vitest';
import {
  accountFromEnvironment,
  envAccountId,
  EnvironmentAccountError,
} from '../../../../main/sources/spapi/env-account';
import { translatorFor } from '../../../../main/core/i18n/catalogues';

const en = translatorFor('en');
const US = 'ATVPDKIKX0DER';
const CA = 'A2EUQ1WTGCTBG2';
const DE = 'A1PA6795UKMFR9';

const valid: NodeJS.ProcessEnv = {
  FLAGWATCH_SPAPI_CLIENT_ID: 'amzn1.application-oa2-client.0f1e2d3c',
  FLAGWATCH_SPAPI_CLIENT_SECRET: 'amzn1.oa2-cs.v1.secret-9b8a7f6e5d4c',
  FLAGWATCH_SPAPI_REFRESH_TOKEN: 'Atzr|IwEBIrefresh-7c6b5a4d3e2f',
  FLAGWATCH_SPAPI_REGION: 'NA',
  FLAGWATCH_SPAPI_SELLER_ID: 'A3SELLER1',
  FLAGWATCH_SPAPI_MARKETPLACES: `${US},${CA}`,
};

function errorOf(env: NodeJS.ProcessEnv, t = en): Error {
  try {
    accountFromEnvironment(env, t);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentAccountError);
    return error as Error;
  }
  throw new Error('expected the environment to be refused');
}

describe('accountFromEnvironment', () => {
  it('builds the account and gives its secrets apart from its config', () => {
    const { config, secrets } = accountFromEnvironment(valid, en);
    expect(config).toEqual({
      id: envAccountId,
      name: 'Amazon account (environment)',
      region: 'NA',
      sellerId: 'A3SELLER1',
      marketplaceIds: [US, CA],
      clientId: 'amzn1.application-oa2-client.0f1e2d3c',
    });
    expect(secrets).toEqual({
      clientSecret: valid.FLAGWATCH_SPAPI_CLIENT_SECRET,
      refreshToken: valid.FLAGWATCH_SPAPI_REFRESH_TOKEN,
    });
    expect(JSON.stringify(config)).not.toContain('secret-9b8a');
  });

  it('takes the optional endpoints, a lower-case region and country codes for marketplaces', () => {
    const { config } = accountFromEnvironment(
      {
        ...valid,
        FLAGWATCH_SPAPI_REGION: 'eu',
        FLAGWATCH_SPAPI_MARKETPLACES: ' de , A1F83G8C2ARO7P ',
        FLAGWATCH_SPAPI_ENDPOINT: 'http://127.0.0.1:8123',
        FLAGWATCH_LWA_ENDPOINT: 'http://127.0.0.1:8123/auth/o2/token',
      },
      en,
    );
    expect(config).toMatchObject({
      region: 'EU',
      marketplaceIds: [DE, 'A1F83G8C2ARO7P'],
      endpoint: 'http://127.0.0.1:8123',
      tokenEndpoint: 'http://127.0.0.1:8123/auth/o2/token',
    });
  });

  it('names every missing variable at once, counting blank ones as missing', () => {
    const { FLAGWATCH_SPAPI_CLIENT_SECRET: _secret, FLAGWATCH_SPAPI_MARKETPLACES: _markets, ...rest } = valid;
    const error = errorOf({ ...rest, FLAGWATCH_SPAPI_REGION: '  ' });
    expect(error.message).toBe(
      'The SP-API source needs these environment variables, which are not set: FLAGWATCH_SPAPI_CLIENT_SECRET, FLAGWATCH_SPAPI_REGION, FLAGWATCH_SPAPI_MARKETPLACES.',
    );
    expect(errorOf({}).message).toMatch(
      /CLIENT_ID, FLAGWATCH_SPAPI_CLIENT_SECRET, FLAGWATCH_SPAPI_REFRESH_TOKEN, FLAGWATCH_SPAPI_REGION, FLAGWATCH_SPAPI_SELLER_ID, FLAGWATCH_SPAPI_MARKETPLACES\.$/,
    );
  });

  it('checks the values like a saved account and says which variable is wrong', () => {
    expect(errorOf({ ...valid, FLAGWATCH_SPAPI_REGION: 'ASIA' }).message).toMatch(
      /^The SP-API environment variables are not valid: FLAGWATCH_SPAPI_REGION: /,
    );
    expect(errorOf({ ...valid, FLAGWATCH_SPAPI_MARKETPLACES: `${US},DE` }).message).toMatch(
      /FLAGWATCH_SPAPI_MARKETPLACES: Germany \(DE\) is not served by the North America \(NA\) region/,
    );
    expect(errorOf({ ...valid, FLAGWATCH_SPAPI_ENDPOINT: 'http://sellingpartnerapi-na.amazon.com' }).message).toMatch(
      /FLAGWATCH_SPAPI_ENDPOINT: must start with https:\/\//,
    );
    expect(errorOf({ ...valid, FLAGWATCH_SPAPI_CLIENT_ID: 'my-app' }).message).toMatch(
      /FLAGWATCH_SPAPI_CLIENT_ID: must be the app's LWA client id/,
    );
  });

  it("says what is missing or wrong in the reader's language, naming the variables as they are", () => {
    const zh = translatorFor('zh-CN');
    expect(errorOf({}, zh).message).toMatch(/^SP-API 来源需要以下环境变量，但它们未设置：FLAGWATCH_SPAPI_CLIENT_ID, /);
    expect(errorOf({ ...valid, FLAGWATCH_SPAPI_MARKETPLACES: `${US},DE` }, zh).message).toBe(
      'SP-API 环境变量无效：FLAGWATCH_SPAPI_MARKETPLACES：北美（NA）地区不提供德国（DE）商城。',
    );
    expect(accountFromEnvironment(valid, zh).config.name).toBe('亚马逊账户（环境变量）');
  });

  it('never puts a secret in an error message', () => {
    const error = errorOf({ ...valid, FLAGWATCH_SPAPI_SELLER_ID: 'lower-case' });
    expect(error.message).toMatch(/FLAGWATCH_SPAPI_SELLER_ID: must be the merchant token/);
    expect(error.message).not.toContain(valid.FLAGWATCH_SPAPI_CLIENT_SECRET);
    expect(error.message).not.toContain(valid.FLAGWATCH_SPAPI_REFRESH_TOKEN);
  });
});
