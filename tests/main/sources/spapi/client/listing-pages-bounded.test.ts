// The listing walk always ends: a server that repeats a page token, or never stops giving new
// ones, gets a bounded number of requests and an error that says why (never a partial list).
import { afterEach, describe, expect, it } from 'vitest';
import { fetchListingIssues } from '../../../../../main/sources/spapi/client';
import { maxListingPages } from '../../../../../main/sources/spapi/client/listing-issues';
import { fakeSeller, US } from '../../../../support/fake-spapi/test-world';
import { listenerClient, spApiFailure } from '../../../../support/fake-spapi/listener-client';
import { startRecordingListener, type RecordingListener } from '../../../../support/recording-listener';

const seller = fakeSeller();
let server: RecordingListener;
afterEach(() => server.close());

/** A listings API whose page n answers `nextToken(n)`. */
async function listingsApi(nextToken: (page: number) => string | undefined) {
  let pages = 0;
  server = await startRecordingListener((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    if (request.path === '/auth/o2/token') {
      response.end(JSON.stringify({ access_token: 'Atza|listing-token', expires_in: 3600 }));
      return;
    }
    const token = nextToken(++pages);
    response.end(
      JSON.stringify({ numberOfResults: 1, items: [], ...(token ? { pagination: { nextToken: token } } : {}) }),
    );
  });
  const client = listenerClient(seller, {
    baseUrl: server.url,
    lwaEndpoint: `${server.url}/auth/o2/token`,
    // The server here has no limit; the test is about the walk, not the rate.
    rateLimits: { searchListingsItems: { rate: 100_000, burst: 100_000 } },
  });
  const walk = () => fetchListingIssues(client, { sellerId: seller.sellerId, marketplaceIds: [US] });
  const searches = () => server.received.filter((r) => r.path.startsWith('/listings/')).length;
  return { walk, searches };
}

describe('walking the listing pages', () => {
  it('stops at a page token the server already sent, saying so', async () => {
    const { walk, searches } = await listingsApi((page) => (page === 1 ? 'token-A' : 'token-B'));
    const error = await spApiFailure(walk());
    expect(searches()).toBe(3);
    expect(error.kind).toBe('bad-response');
    expect(error.message).toContain(
      'Amazon sent a listings page token it had already sent (marketplace ATVPDKIKX0DER)',
    );
  });

  it('stops when a server keeps repeating the very first token', async () => {
    const { walk, searches } = await listingsApi(() => 'same-token');
    await spApiFailure(walk());
    expect(searches()).toBe(2);
  });

  it(`stops after ${maxListingPages} pages of new tokens, saying so`, async () => {
    const { walk, searches } = await listingsApi((page) => `token-${page}`);
    const error = await spApiFailure(walk());
    expect(searches()).toBe(maxListingPages);
    expect(error.message).toContain('Amazon listed more than 10000 listings with issues in marketplace ATVPDKIKX0DER');
  });

  it(`reads all ${maxListingPages} pages when the last one ends the list`, async () => {
    const { walk, searches } = await listingsApi((page) => (page < maxListingPages ? `token-${page}` : undefined));
    const [us] = await walk();
    expect(us?.marketplaceId).toBe(US);
    expect(searches()).toBe(maxListingPages);
  });
});
