// The client's rate table checked against Amazon's usage plans as the fake SP-API enforces them
// (its own figures, taken from Amazon's models, and its own bookkeeping). A client that waits as
// Amazon asks is never throttled; one whose refill rate is wrong is, which a fake sharing the
// client's table and bucket code could never show.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRateLimits, type OperationName } from '../../../../../main/sources/spapi/client/rate-limits';
import { getReports, searchListingsItems } from '../../../../../main/sources/spapi/client/operations';
import { amazonUsagePlans } from '../../../../support/fake-spapi/usage-plans';
import { startTestWorld, US, type TestWorld } from '../../../../support/fake-spapi/test-world';

let world: TestWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const performanceReports = () => getReports(world!.client, { reportTypes: ['GET_V2_SELLER_PERFORMANCE_REPORT'] });
const listings = () => searchListingsItems(world!.client, { sellerId: world!.seller.sellerId, marketplaceIds: [US] });

describe("the client's rate table", () => {
  it.each(Object.keys(defaultRateLimits) as OperationName[])("has Amazon's usage plan for %s", (operation) => {
    expect(defaultRateLimits[operation]).toEqual({
      rate: amazonUsagePlans[operation]?.rate,
      burst: amazonUsagePlans[operation]?.burst,
    });
  });
});

describe('the fake SP-API against a client whose limits differ from Amazon', () => {
  it('throttles a client that refills getReports twice as fast as Amazon allows', async () => {
    const doubled = { ...defaultRateLimits.getReports, rate: defaultRateLimits.getReports.rate * 2 };
    world = await startTestWorld({ server: { rateHeader: false }, client: { rateLimits: { getReports: doubled } } });
    for (let i = 0; i < 14; i++) await world!.run(performanceReports());
    expect(world!.server.stats().getReports.throttled).toBeGreaterThan(0);
  });

  it('throttles a client that bursts searchListingsItems beyond Amazon', async () => {
    world = await startTestWorld({
      server: { rateHeader: false },
      client: { rateLimits: { searchListingsItems: { rate: 5, burst: 10 } } },
    });
    await world!.run(Promise.all(Array.from({ length: 10 }, () => listings())));
    expect(world!.server.stats().searchListingsItems.throttled).toBeGreaterThan(0);
  });

  it('never throttles the client as it is', async () => {
    world = await startTestWorld({ server: { rateHeader: false } });
    for (let i = 0; i < 14; i++) await world!.run(performanceReports());
    await world!.run(Promise.all(Array.from({ length: 12 }, () => listings())));
    expect(world!.server.stats().getReports.throttled).toBe(0);
    expect(world!.server.stats().searchListingsItems.throttled).toBe(0);
  });
});
