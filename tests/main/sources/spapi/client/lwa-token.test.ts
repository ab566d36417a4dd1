// The LWA access token: fetched once, reused, renewed a minute before it expires and at once
// when Amazon says it expired; a refused refresh token or client secret becomes advice.
import { afterEach, describe, expect, it } from 'vitest';
import { SpApiError } from '../../../../../main/sources/spapi/client';
import { sleepOn } from '../../../../../main/sources/spapi/client/clock-sleep';
import { getMarketplaceParticipations } from '../../../../../main/sources/spapi/client/operations';
import { startTestWorld, type TestWorld } from '../../../../support/fake-spapi/test-world';

let world: TestWorld;
afterEach(() => world.close());

const tokensUsed = () =>
  new Set(
    world.server
      .requests()
      .filter((r) => r.operation !== 'lwa')
      .map((r) => r.accessToken),
  );

describe('the LWA access token', () => {
  it('is fetched once and reused by later calls', async () => {
    world = await startTestWorld();
    await world.run(getMarketplaceParticipations(world.client));
    await world.run(getMarketplaceParticipations(world.client));
    expect(world.server.stats().lwa.calls).toBe(1);
    expect(tokensUsed().size).toBe(1);
  });

  it('is renewed 60 s before it expires, not later', async () => {
    world = await startTestWorld();
    await world.run(getMarketplaceParticipations(world.client));
    await world.run(sleepOn(world.clock, 3_600_000 - 61_000));
    await world.run(getMarketplaceParticipations(world.client));
    expect(world.server.stats().lwa.calls).toBe(1);
    await world.run(sleepOn(world.clock, 2_000));
    await world.run(getMarketplaceParticipations(world.client));
    expect(world.server.stats().lwa.calls).toBe(2);
    expect(tokensUsed().size).toBe(2);
  });

  it('is renewed at once and the call retried when Amazon says it expired', async () => {
    world = await startTestWorld();
    world.server.inject('getMarketplaceParticipations', { kind: 'expired-token' });
    const participations = await world.run(getMarketplaceParticipations(world.client));
    expect(participations.map((p) => p.marketplace.id)).toEqual(world.seller.marketplaceIds);
    expect(world.server.stats().lwa.calls).toBe(2);
    expect(world.server.stats().getMarketplaceParticipations.calls).toBe(2);
  });

  it('turns invalid_grant into "reconnect the account"', async () => {
    world = await startTestWorld();
    world.server.inject('lwa', { kind: 'invalid-grant' });
    const error = await world.failure(getMarketplaceParticipations(world.client));
    expect(error).toBeInstanceOf(SpApiError);
    expect(error).toMatchObject({ kind: 'auth-revoked' });
    expect((error as Error).message).toMatch(/refresh token: it was revoked or mistyped\. Reconnect the account/);
    expect(world.server.stats().getMarketplaceParticipations.calls).toBe(0);
  });

  it('turns a wrong client secret into "the client id or secret is wrong"', async () => {
    world = await startTestWorld({
      client: {
        credentials: { clientId: 'amzn1.application-oa2-client.0f1e2d3c', clientSecret: 'wrong', refreshToken: 'x' },
      },
    });
    const error = await world.failure(getMarketplaceParticipations(world.client));
    expect(error).toMatchObject({ kind: 'auth-client', status: 401 });
    expect((error as Error).message).toMatch(/client id or client secret is wrong/);
  });

  it('retries the sign-in service when it fails for a moment', async () => {
    world = await startTestWorld();
    world.server.inject('lwa', { kind: 'status', status: 503 });
    await world.run(getMarketplaceParticipations(world.client));
    expect(world.server.stats().lwa.calls).toBe(2);
  });
});
