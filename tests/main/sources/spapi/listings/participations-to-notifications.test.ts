import { describe, expect, it } from 'vitest';
import { participationsToNotifications } from '../../../../../main/sources/spapi/listings/participations-to-notifications';
import { MarketplaceParticipationsResponseSchema } from '../../../../../main/sources/spapi/listings/types';
import { translatorFor } from '../../../../../main/core/i18n/catalogues';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';

function participation(id: string, name: string, isParticipating: boolean, hasSuspendedListings: boolean) {
  return {
    marketplace: {
      id,
      name,
      countryCode: 'XX',
      defaultCurrencyCode: 'EUR',
      defaultLanguageCode: 'de_DE',
      domainName: 'www.amazon.de',
    },
    participation: { isParticipating, hasSuspendedListings },
    storeName: 'Bluefin',
  };
}

describe('participationsToNotifications', () => {
  it('tells of suspended listings and of a configured marketplace the seller no longer sells on; others are ignored', () => {
    const { payload } = MarketplaceParticipationsResponseSchema.parse({
      payload: [
        participation(US, 'Amazon.com', true, true),
        participation(DE, 'Amazon.de', false, false),
        participation('A1RKKUPIHCS9HS', 'Amazon.es', false, true),
        { marketplace: {} },
      ],
    });
    const found = participationsToNotifications(payload ?? [], {
      accountId: 'acct-1',
      marketplaceIds: [US, DE],
      at: '2026-11-02T09:00:00.000Z',
      translator: translatorFor('en'),
    });
    expect(found.map((n) => [n.marketplaceId, n.group, n.metric, n.key, n.title, n.severity])).toEqual([
      [
        US,
        'policyCompliance',
        'listingIssues',
        'suspended-listings',
        'Listings inactive on Amazon United States',
        'warning',
      ],
      [DE, 'account', 'accountStatus', 'not-participating', 'Not selling on Amazon Germany', 'high'],
    ]);
  });

  it("writes its own words in the reader's language, under the same keys", () => {
    const { payload } = MarketplaceParticipationsResponseSchema.parse({
      payload: [participation(US, 'Amazon.com', true, true), participation(DE, 'Amazon.de', false, false)],
    });
    const inLanguage = (locale: 'en' | 'zh-CN') =>
      participationsToNotifications(payload ?? [], {
        accountId: 'acct-1',
        marketplaceIds: [US, DE],
        at: '2026-11-02T09:00:00.000Z',
        translator: translatorFor(locale),
      });
    const chinese = inLanguage('zh-CN');
    expect(chinese.map((n) => n.title)).toEqual(['亚马逊美国站的商品信息处于不可售状态', '未在亚马逊德国站销售']);
    expect(chinese.map((n) => [n.marketplaceId, n.key])).toEqual(inLanguage('en').map((n) => [n.marketplaceId, n.key]));
  });
});
