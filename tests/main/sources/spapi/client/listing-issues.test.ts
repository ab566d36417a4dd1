// Listings with issues, every page, per marketplace; and the marketplace participations.
import { afterEach, describe, expect, it } from 'vitest';
import { fetchListingIssues, fetchMarketplaceParticipations } from '../../../../../main/sources/spapi/client';
import type { FakeListing } from '../../../../support/fake-spapi/fake-spapi-server';
import { CA, startTestWorld, US, type TestWorld } from '../../../../support/fake-spapi/test-world';

let world: TestWorld;
afterEach(() => world.close());

function listing(n: number, marketplaceId: string, severity: string): FakeListing {
  return {
    sku: `SKU-${marketplaceId}-${n}`,
    summaries: [{ marketplaceId, asin: `B0${String(n).padStart(8, '0')}` }],
    issues: [
      {
        code: '18027',
        message: 'Listing suppressed: missing main image',
        severity,
        categories: ['MISSING_IMAGE'],
        enforcements: { actions: [{ action: 'LISTING_SUPPRESSED' }], exemption: { status: 'NOT_EXEMPT' } },
      },
    ],
  };
}

describe('fetchListingIssues', () => {
  it('follows pageToken through every page of items with ERROR or WARNING issues, one marketplace at a time', async () => {
    const us = Array.from({ length: 45 }, (_, i) => listing(i, US, i % 2 ? 'ERROR' : 'WARNING'));
    const informational = Array.from({ length: 5 }, (_, i) => listing(100 + i, US, 'INFO'));
    const ca = [listing(1, CA, 'ERROR')];
    world = await startTestWorld({ seller: { listings: [...us, ...informational, ...ca] } });
    const result = await world.run(
      fetchListingIssues(world.client, {
        sellerId: world.seller.sellerId,
        marketplaceIds: [US, CA],
        issueLocale: 'en_US',
      }),
    );
    expect(result.map((m) => [m.marketplaceId, m.items.length])).toEqual([
      [US, 45],
      [CA, 1],
    ]);
    expect(result[0]!.items.map((i) => i.sku)).toEqual(us.map((l) => l.sku));
    expect(result[0]!.items[1]!.issues![0]).toMatchObject({
      severity: 'ERROR',
      enforcements: { actions: [{ action: 'LISTING_SUPPRESSED' }] },
    });
    expect(result[0]!.items[0]!.summaries![0]!.asin).toBe('B000000000');
    // 20 per page: 3 pages for US, 1 for CA.
    expect(world.server.stats().searchListingsItems).toEqual({ calls: 4, throttled: 0 });
  });
});

describe('fetchMarketplaceParticipations', () => {
  it("lists the seller's marketplaces with participation flags", async () => {
    world = await startTestWorld();
    const result = await world.run(fetchMarketplaceParticipations(world.client));
    expect(
      result.map((p) => [p.marketplace.id, p.participation.isParticipating, p.participation.hasSuspendedListings]),
    ).toEqual([
      [US, true, false],
      [CA, true, false],
    ]);
  });
});
