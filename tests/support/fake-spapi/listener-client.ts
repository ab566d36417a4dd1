// An SP-API client for a server a test scripts itself (a recording listener, not the fake
// SP-API): the fake seller's credentials, the system clock, nothing logged. And what a call it
// makes is refused with, for tests about the ways a server can misbehave.
import { expect } from 'vitest';
import { systemClock } from '../../../main/adapters/clock/system-clock';
import {
  createSpApiClient,
  SpApiError,
  type SpApiClient,
  type SpApiClientOptions,
} from '../../../main/sources/spapi/client';
import { silentLogger } from '../silent-logger';
import type { FakeSeller } from './fake-spapi-server';

export function listenerClient(
  seller: FakeSeller,
  options: Pick<SpApiClientOptions, 'baseUrl' | 'lwaEndpoint'> & Partial<SpApiClientOptions>,
): SpApiClient {
  return createSpApiClient({
    credentials: { clientId: seller.clientId, clientSecret: seller.clientSecret, refreshToken: seller.refreshToken },
    clock: systemClock,
    logger: silentLogger,
    appVersion: '0.1.0',
    ...options,
  });
}

/** The SpApiError `work` is refused with; the test fails if it succeeds or throws anything else. */
export async function spApiFailure(work: Promise<unknown>): Promise<SpApiError> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SpApiError);
  return error as SpApiError;
}
