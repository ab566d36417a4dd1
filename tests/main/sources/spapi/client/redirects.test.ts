// A redirect is never followed: a token endpoint or SP-API endpoint answering 307 would have
// fetch re-send the form (client secret, refresh token) or the access token to another origin.
// The second listener must receive nothing, and the error says what happened.
import { afterEach, describe, expect, it } from 'vitest';
import { getMarketplaceParticipations } from '../../../../../main/sources/spapi/client/operations';
import { fakeSeller } from '../../../../support/fake-spapi/test-world';
import { listenerClient, spApiFailure } from '../../../../support/fake-spapi/listener-client';
import { startRecordingListener, type RecordingListener } from '../../../../support/recording-listener';

const seller = fakeSeller();
const listeners: RecordingListener[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((l) => l.close()));
});

async function listener(...args: Parameters<typeof startRecordingListener>) {
  const started = await startRecordingListener(...args);
  listeners.push(started);
  return started;
}

const redirectTo = (target: RecordingListener) =>
  listener((request, response) => {
    response.writeHead(307, { location: `${target.url}${request.path}` });
    response.end();
  });

const tokenService = () =>
  listener((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ access_token: 'Atza|issued-access-token', expires_in: 3600 }));
  });

const client = (baseUrl: string, lwaEndpoint: string) =>
  listenerClient(seller, { baseUrl, lwaEndpoint, retry: { maxAttempts: 1 } });

describe('a redirect', () => {
  it('from the token endpoint is not followed: the second origin receives no secret', async () => {
    const second = await listener();
    const first = await redirectTo(second);
    const error = await spApiFailure(getMarketplaceParticipations(client(first.url, `${first.url}/auth/o2/token`)));
    expect(first.received).toHaveLength(1);
    expect(second.received).toEqual([]);
    expect(error.kind).toBe('unreachable');
    expect(error.message).toContain('the server answered with a redirect, which is not followed');
  });

  it('from the SP-API endpoint is not followed: the second origin receives no access token', async () => {
    const second = await listener();
    const first = await redirectTo(second);
    const lwa = await tokenService();
    const error = await spApiFailure(getMarketplaceParticipations(client(first.url, lwa.url)));
    expect(first.received).toHaveLength(1);
    expect(first.received[0]?.headers['x-amz-access-token']).toBe('Atza|issued-access-token');
    expect(second.received).toEqual([]);
    expect(error.kind).toBe('unreachable');
  });

  it('from a report download link is not followed', async () => {
    const second = await listener();
    const first = await redirectTo(second);
    const lwa = await tokenService();
    await spApiFailure(client(first.url, lwa.url).download(`${first.url}/document`));
    expect(first.received).toHaveLength(1);
    expect(second.received).toEqual([]);
  });
});
