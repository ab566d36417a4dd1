// Hostile or broken listing pages: whatever the tolerant schema lets through becomes notifications
// that pass the domain schema. (Markup in them is shown as text by the window: see the e2e test.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../../main/core/i18n/catalogues';
import { SourceNotificationSchema } from '../../../../../main/core/schema';
import { listingIssuesToNotifications } from '../../../../../main/sources/spapi/listings/listing-issues-to-notifications';
import { ListingsSearchResultsSchema } from '../../../../../main/sources/spapi/listings/types';

const US = 'ATVPDKIKX0DER';
const context = {
  accountId: 'acct-1',
  marketplaceIds: [US],
  at: '2026-11-02T09:00:00.000Z',
  translator: translatorFor('en'),
};

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'https://sellercentral.amazon.com.evil.example/',
  '\u202eSUPPRESSED',
  '',
);
const text = fc.oneof(fc.string(), hostile);

const issue = fc.record(
  {
    code: text,
    message: text,
    severity: fc.oneof(fc.constantFrom('ERROR', 'WARNING', 'INFO'), text),
    categories: fc.array(text, { maxLength: 3 }),
    enforcements: fc.record(
      {
        actions: fc.array(
          fc.record({ action: fc.oneof(fc.constantFrom('LISTING_SUPPRESSED', 'CATALOG_ITEM_REMOVED'), text) }),
          { maxLength: 3 },
        ),
        exemption: fc.record({ status: fc.oneof(fc.constantFrom('EXEMPT', 'NOT_EXEMPT'), text) }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const page = fc.record({
  numberOfResults: fc.oneof(fc.nat(), fc.anything()),
  items: fc.array(
    fc.record(
      {
        sku: text,
        summaries: fc.array(
          fc.record(
            { marketplaceId: fc.oneof(fc.constant(US), text), asin: text, itemName: text, status: fc.anything() },
            { requiredKeys: [] },
          ),
          { maxLength: 2 },
        ),
        issues: fc.array(fc.oneof(issue, fc.anything()), { maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 4 },
  ),
});

describe('listing issues under fuzzing', () => {
  it('turns 10,000 random pages into valid notifications or refuses the page', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.anything()), (raw) => {
        const parsed = ListingsSearchResultsSchema.safeParse(raw);
        if (!parsed.success) return;
        for (const n of listingIssuesToNotifications(parsed.data.items, context)) {
          expect(SourceNotificationSchema.safeParse(n).success).toBe(true);
        }
      }),
      { numRuns: 10_000, interruptAfterTimeLimit: 30_000 },
    );
  }, 60_000);
});
