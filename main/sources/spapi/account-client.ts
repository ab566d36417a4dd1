// An SP-API client for one configured account: the region's endpoint unless the account names
// its own (sandbox, a test server), and Amazon's token service unless it names another.
import type { Clock, Logger } from '../../app/ports';
import type { AccountConfig } from '../../core/accounts/account-config';
import type { AccountSecrets } from '../../core/accounts/secret-names';
import {
  createSpApiClient,
  defaultLwaEndpoint,
  regionEndpoints,
  type SpApiClient,
  type SpApiClientOptions,
} from './client';

/** What every SP-API client of the app shares, whichever account it serves. */
export interface SpApiHostDeps {
  clock: Clock;
  logger: Logger;
  /** Flagwatch's version, for the user-agent Amazon asks for. */
  appVersion: string;
  fetch?: SpApiClientOptions['fetch'];
}

export type ClientTuning = Pick<SpApiClientOptions, 'requestTimeoutMs' | 'retry'>;

export function accountClient(
  config: AccountConfig,
  secrets: AccountSecrets,
  deps: SpApiHostDeps,
  tuning: ClientTuning = {},
): SpApiClient {
  return createSpApiClient({
    baseUrl: config.endpoint ?? regionEndpoints[config.region].production,
    lwaEndpoint: config.tokenEndpoint ?? defaultLwaEndpoint,
    credentials: { clientId: config.clientId, ...secrets },
    clock: deps.clock,
    logger: deps.logger,
    appVersion: deps.appVersion,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...tuning,
  });
}
