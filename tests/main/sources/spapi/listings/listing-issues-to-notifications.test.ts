import { describe, expect, it } from 'vitest';
import { SourceNotificationSchema } from '../../../../../main/core/schema';
import { listingIssuesToNotifications } from '../../../../../main/sources/spapi/listings/listing-issues-to-notifications';
import { ListingsSearchResultsSchema } from '../../../../../main/sources/spapi/listings/types';
import { translatorFor } from '../../../../../main/core/i18n/catalogues';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const en = translatorFor('en');
const context = { accountId: 'acct-1', marketplaceIds: [US], at: '2026-11-02T09:00:00.000Z', translator: en };

/** One searchListingsItems page with one listing carrying the given issues, read through the tolerant schema. */
function page(
  issues: unknown[],
  summaries: unknown[] = [{ marketplaceId: US, asin: 'B0CAMP1234', itemName: 'Trail Lantern 400', status: [] }],
) {
  return ListingsSearchResultsSchema.parse({ numberOfResults: 1, items: [{ sku: 'LANTERN-400', summaries, issues }] })
    .items;
}

const suppressed = {
  code: '18027',
  message: 'The <b>main image</b> does not meet the product image requirements.',
  severity: 'ERROR',
  categories: ['INVALID_IMAGE'],
  enforcements: {
    actions: [{ action: 'LISTING_SUPPRESSED' }, { action: 'SEARCH_SUPPRESSED' }],
    exemption: { status: 'NOT_EXEMPT' },
  },
};

describe('listingIssuesToNotifications', () => {
  it("turns a suppression into a high ASIN-level notification with Amazon's message as plain text", () => {
    const [n, ...rest] = listingIssuesToNotifications(page([suppressed]), context);
    expect(rest).toEqual([]);
    expect(n).toEqual({
      accountId: 'acct-1',
      marketplaceId: US,
      group: 'policyCompliance',
      metric: 'listingIssues',
      key: 'issue:LANTERN-400:18027',
      title: 'Listing suppressed: Trail Lantern 400 (ASIN B0CAMP1234)',
      text: "The main image does not meet the product image requirements.\nSKU LANTERN-400, ASIN B0CAMP1234, on Amazon United States.\nAmazon's issue code: 18027 (INVALID_IMAGE).",
      severity: 'high',
      asins: ['B0CAMP1234'],
      occurredAt: '2026-11-02T09:00:00.000Z',
      deadline: null,
    });
    expect(SourceNotificationSchema.parse(n)).toEqual(n);
  });

  it('names a catalog removal first, and ranks an attribute suppression and a plain ERROR as warnings', () => {
    const found = listingIssuesToNotifications(
      page([
        {
          ...suppressed,
          code: '1',
          enforcements: {
            actions: [{ action: 'SEARCH_SUPPRESSED' }, { action: 'CATALOG_ITEM_REMOVED' }],
            exemption: { status: 'NOT_EXEMPT' },
          },
        },
        {
          ...suppressed,
          code: '2',
          enforcements: { actions: [{ action: 'ATTRIBUTE_SUPPRESSED' }], exemption: { status: 'NOT_EXEMPT' } },
        },
        {
          code: '90220',
          message: "'brand' is required but not supplied.",
          severity: 'ERROR',
          categories: ['MISSING_ATTRIBUTE'],
          attributeNames: ['brand'],
        },
        { code: '3', message: 'Consider adding bullet points.', severity: 'WARNING', categories: [] },
      ]),
      context,
    );
    expect(found.map((n) => [n.key, n.title, n.severity])).toEqual([
      ['issue:LANTERN-400:1', 'Listing removed from the catalog: Trail Lantern 400 (ASIN B0CAMP1234)', 'high'],
      ['issue:LANTERN-400:2', 'Listing detail suppressed: Trail Lantern 400 (ASIN B0CAMP1234)', 'warning'],
      ['issue:LANTERN-400:90220:brand', 'Listing issue: Trail Lantern 400 (ASIN B0CAMP1234)', 'warning'],
    ]);
  });

  it('skips an exempt issue and tells a temporary exemption as information with its expiry as deadline', () => {
    const found = listingIssuesToNotifications(
      page([
        {
          ...suppressed,
          code: 'a',
          enforcements: { actions: [{ action: 'LISTING_SUPPRESSED' }], exemption: { status: 'EXEMPT' } },
        },
        {
          ...suppressed,
          code: 'b',
          enforcements: {
            actions: [{ action: 'LISTING_SUPPRESSED' }],
            exemption: { status: 'EXEMPT_UNTIL_EXPIRY_DATE', expiryDate: '2026-11-20T00:00:00Z' },
          },
        },
      ]),
      context,
    );
    expect(found.map((n) => [n.key, n.severity, n.deadline])).toEqual([
      ['issue:LANTERN-400:b', 'info', '2026-11-20T00:00:00.000Z'],
    ]);
    expect(found[0]!.text).toContain('Amazon has held back its action until 2026-11-20.');
  });

  it("reports an issue once per marketplace it names, with that marketplace's ASIN, falling back to the SKU", () => {
    const found = listingIssuesToNotifications(
      page(
        [{ ...suppressed, marketplaceIds: [US, DE] }],
        [{ marketplaceId: US, asin: 'B0CAMP1234', itemName: 'Trail Lantern 400', status: [] }],
      ),
      context,
    );
    expect(found.map((n) => [n.marketplaceId, n.title, n.asins])).toEqual([
      [US, 'Listing suppressed: Trail Lantern 400 (ASIN B0CAMP1234)', ['B0CAMP1234']],
      [DE, 'Listing suppressed: SKU LANTERN-400', []],
    ]);
  });

  it('reads a page tolerantly: a malformed item is dropped, an unknown action is still an enforcement', () => {
    const items = ListingsSearchResultsSchema.parse({
      items: [
        { summaries: [] },
        {
          sku: 'X-1',
          issues: [
            {
              code: 'z',
              message: 'Removed by Amazon.',
              severity: 'INFO',
              enforcements: { actions: [{ action: 'FUTURE_ACTION' }] },
            },
          ],
        },
      ],
    }).items;
    expect(items.map((i) => i.sku)).toEqual(['X-1']);
    expect(listingIssuesToNotifications(items, context).map((n) => [n.title, n.severity])).toEqual([
      ['Amazon action FUTURE_ACTION: SKU X-1', 'high'],
    ]);
  });
});

describe("listingIssuesToNotifications in the reader's language", () => {
  const zh = { ...context, translator: translatorFor('zh-CN') };

  it("writes Flagwatch's words in Chinese and quotes Amazon's message as Amazon wrote it", () => {
    const [n] = listingIssuesToNotifications(page([suppressed]), zh);
    expect(n?.title).toBe('商品信息被禁止显示：Trail Lantern 400（ASIN B0CAMP1234）');
    expect(n?.text).toBe(
      'The main image does not meet the product image requirements.\nSKU LANTERN-400，ASIN B0CAMP1234，位于亚马逊美国站。\n亚马逊的问题代码：18027（INVALID_IMAGE）。',
    );
  });

  it('names an action Flagwatch does not know by its code, and a plain ERROR as a listing issue', () => {
    const found = listingIssuesToNotifications(
      page([
        { ...suppressed, code: '7', enforcements: { actions: [{ action: 'NEW_ACTION' }] } },
        { code: '8', message: 'x', severity: 'ERROR', categories: [] },
      ]),
      zh,
    );
    expect(found.map((n) => n.title)).toEqual([
      '亚马逊措施 NEW_ACTION：Trail Lantern 400（ASIN B0CAMP1234）',
      '商品信息问题：Trail Lantern 400（ASIN B0CAMP1234）',
    ]);
  });

  it('keeps the same keys in every language', () => {
    const issues = page([suppressed, { code: '8', message: 'x', severity: 'ERROR', categories: [] }]);
    const keys = (found: { key: string; marketplaceId: string }[]) => found.map((n) => [n.marketplaceId, n.key]);
    expect(keys(listingIssuesToNotifications(issues, zh))).toEqual(keys(listingIssuesToNotifications(issues, context)));
  });
});
