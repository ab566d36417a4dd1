import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { AccountConfigDraftSchema, maxMarketplaces } from '../../../../main/core/accounts/account-config';
import { configIssuesText } from '../../../../main/core/accounts/config-issue-text';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { loadEnglishIssueMessages } from '../../../../main/core/issue-messages';
import { validDraft } from './fixtures';

const us = 'ATVPDKIKX0DER';
const de = 'A1PA6795UKMFR9';
const draft = validDraft;

function text(input: unknown, locale: 'en' | 'zh-CN' = 'en'): string {
  const result = AccountConfigDraftSchema.safeParse(input);
  if (result.success) throw new Error('expected the draft to be refused');
  return configIssuesText(result.error, translatorFor(locale));
}

describe('an account config the schema refused, in words', () => {
  // The fallback is zod's own message, as the hosts word it.
  beforeAll(loadEnglishIssueMessages);

  it('names each field as the form does and each rule as the form says it', () => {
    expect(text({ ...draft, name: ' ', marketplaceIds: [] })).toBe(
      'Name: give the account a name; Marketplaces: choose at least one marketplace',
    );
  });

  it('names the marketplaces and the region in the reader’s language', () => {
    expect(text({ ...draft, marketplaceIds: [us, de, us] })).toBe(
      'Marketplaces: Germany (DE) is not served by the North America (NA) region; Marketplaces: United States (US) is listed twice',
    );
    expect(text({ ...draft, marketplaceIds: [us, de, us] }, 'zh-CN')).toBe(
      '商城：北美（NA）地区不提供德国（DE）商城；商城：美国（US）重复列出',
    );
  });

  it('quotes an id Flagwatch does not know as it was given', () => {
    expect(text({ ...draft, marketplaceIds: ['XYZ'] }, 'zh-CN')).toBe('商城：XYZ不是 Flagwatch 已知的商城');
  });

  it('tells an endpoint that is not a URL from one that is not safe', () => {
    expect(text({ ...draft, endpoint: 'not a url' })).toBe('SP-API endpoint: must be a URL');
    expect(text({ ...draft, tokenEndpoint: 'http://example.com/token' }, 'zh-CN')).toBe(
      '令牌端点：必须以 https:// 开头（仅 127.0.0.1 或 localhost 允许使用 http://）',
    );
  });

  it('names the region and the seller id as the form does', () => {
    expect(text({ ...draft, region: 'XX' })).toBe('Region: choose a region');
    expect(text({ ...draft, sellerId: '!' })).toBe(
      'Seller id: must be the merchant token from Seller Central (8 to 20 capital letters and digits, e.g. A2EXAMPLE1234)',
    );
  });

  it('says how many marketplaces one account may have at most', () => {
    const many = Array.from({ length: maxMarketplaces + 1 }, (_, i) => `M${i}`);
    expect(text({ ...draft, marketplaceIds: many })).toBe(
      `Marketplaces: choose at most ${maxMarketplaces} marketplaces`,
    );
  });

  it('speaks of the config as a whole without a field name', () => {
    expect(text('Northwind')).toBe('Invalid input: expected object, received string');
  });

  it('keeps the schema’s message for a marketplace problem it cannot word', () => {
    expect(text({ ...draft, marketplaceIds: 'US' })).toBe(
      'Marketplaces: Invalid input: expected array, received string',
    );
    const lacking = (params: Record<string, string>) =>
      configIssuesText(
        new z.core.$ZodError([
          { code: 'custom', path: ['marketplaceIds'], message: 'listed twice', input: [], params },
        ]),
        translatorFor('en'),
      );
    expect(lacking({ problem: 'duplicate' })).toBe('Marketplaces: listed twice');
    expect(lacking({ problem: 'duplicate', marketplaceId: 'ATVPDKIKX0DER' })).toBe('Marketplaces: listed twice');
    expect(lacking({ problem: 'duplicate', region: 'NA' })).toBe('Marketplaces: listed twice');
    expect(lacking({ marketplaceId: 'ATVPDKIKX0DER', region: 'NA' })).toBe('Marketplaces: listed twice');
  });

  it("keeps the schema's own message for a rule it does not know", () => {
    expect(text({ ...draft, colour: 'red' })).toMatch(/colour/);
  });
});
