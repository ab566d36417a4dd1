// "Test connection" against Amazon: an access token from the credentials given, the seller's
// marketplace participations (proves the token and the seller authorisation), then one cheap
// look at the seller performance reports (proves the Selling Partner Insights role). Quick on
// purpose: the seller is waiting for the answer.
import type { ConnectionTester } from '../../app/ports';
import type { AccountConfig } from '../../core/accounts/account-config';
import type { ConnectionProbe } from '../../core/accounts/connection-test';
import type { AccountSecrets } from '../../core/accounts/secret-names';
import type { Translator } from '../../core/i18n/translator';
import { accountClient, type ClientTuning, type SpApiHostDeps } from './account-client';
import {
  fetchMarketplaceParticipations,
  getReports,
  sellerPerformanceReportType,
  SpApiError,
  spApiErrorText,
  type SpApiErrorKind,
} from './client';

/**
 * Ten seconds per exchange and no retries: at most three exchanges, so an answer within half a
 * minute. A retry after a 429 would first wait for a token of Amazon's bucket (45 to 63 s for
 * these operations), and after a blip the seller can simply test again.
 */
export const connectionTestTuning: ClientTuning = { requestTimeoutMs: 10_000, retry: { maxAttempts: 1 } };

const probeKinds: Partial<Record<SpApiErrorKind, Exclude<ConnectionProbe, { ok: true }>['kind']>> = {
  'auth-revoked': 'refresh-token',
  'auth-client': 'client-credentials',
  forbidden: 'missing-role',
  unreachable: 'unreachable',
  timeout: 'unreachable',
  throttled: 'throttled',
};

export interface ConnectionTesterDeps extends SpApiHostDeps {
  /** The app's language when a test fails, for Amazon's answer put in words. */
  translator: () => Translator;
}

export function createConnectionTester(deps: ConnectionTesterDeps): ConnectionTester {
  return async (config: AccountConfig, secrets: AccountSecrets, signal?: AbortSignal): Promise<ConnectionProbe> => {
    const client = accountClient(config, secrets, deps, connectionTestTuning);
    try {
      const participations = await fetchMarketplaceParticipations(client, signal);
      await getReports(client, { reportTypes: [sellerPerformanceReportType], pageSize: 1 }, signal);
      const sellerName = participations.find(
        (p) => config.marketplaceIds.includes(p.marketplace.id) && p.storeName,
      )?.storeName;
      return {
        ok: true,
        ...(sellerName ? { sellerName } : {}),
        marketplaces: participations.map((p) => ({
          id: p.marketplace.id,
          participating: p.participation.isParticipating,
        })),
      };
    } catch (error) {
      if (signal?.aborted || !(error instanceof SpApiError)) throw error;
      deps.logger.info('SP-API connection test failed', { account: config.id, kind: error.kind, status: error.status });
      const kind = probeKinds[error.kind];
      return kind
        ? { ok: false, kind }
        : { ok: false, kind: 'unexpected', detail: spApiErrorText(error, deps.translator()) };
    }
  };
}
