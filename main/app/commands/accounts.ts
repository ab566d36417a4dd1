// The contract's account commands: list, save, remove and test SP-API accounts, and the latest
// metric readings for the Account health view. Configs go to accounts.json; secrets only to
// the Secrets port, and never back out through an answer or an error. Amazon itself is behind
// the ConnectionTester port: the SP-API source implements it, the composition root hands it in.
import type { z } from 'zod';
import type { CommandHandlers } from '../../../preload/contract';
import { AccountConfigDraftSchema, type AccountConfig } from '../../core/accounts/account-config';
import {
  connectionTestResult,
  missingSecretsResult,
  thrownTestResult,
  type ConnectionTestResult,
} from '../../core/accounts/connection-test';
import { latestMetrics } from '../../core/health/latest-metrics';
import type { MetricReading } from '../../core/schema';
import { NotFoundError } from '../dispatch';
import type { AccountsDocument, ConnectionTester, DocumentStore, Secrets } from '../ports';
import { deleteAccountSecrets, readAccountSecrets, writeAccountSecrets } from '../ports/account-secrets';

export interface AccountHandlerDeps {
  /** accounts.json. */
  accounts: DocumentStore<AccountsDocument>;
  secrets: Secrets;
  testConnection: ConnectionTester;
  /** Every stored metric reading (the history store's). */
  readings: () => readonly MetricReading[];
  now: () => Date;
  /** Id of a new account; random by default. */
  newId?: () => string;
}

export type AccountHandlers = Pick<
  CommandHandlers,
  'accounts.list' | 'accounts.save' | 'accounts.remove' | 'accounts.test' | 'metrics.latest'
>;

/** A config or save request that cannot be accepted, in words the seller can act on. */
export class AccountConfigError extends Error {
  override name = 'AccountConfigError';
}

const fieldNames: Record<string, string> = {
  name: 'Name',
  region: 'Region',
  sellerId: 'Seller id',
  marketplaceIds: 'Marketplaces',
  clientId: 'Client id',
  endpoint: 'SP-API endpoint',
  tokenEndpoint: 'Token endpoint',
};

export function createAccountHandlers(deps: AccountHandlerDeps): AccountHandlers {
  const { accounts, secrets } = deps;
  const newId = deps.newId ?? (() => `spapi-${crypto.randomUUID()}`);

  function find(id: string): AccountConfig {
    const config = accounts.read().accounts.find((a) => a.id === id);
    if (!config) throw new NotFoundError(`No Amazon account with id ${id}: it may have been removed.`);
    return config;
  }

  async function list() {
    const { accounts: configs, lastTests } = accounts.read();
    return Promise.all(
      configs.map(async (config) => ({
        config,
        hasSecrets: (await readAccountSecrets(secrets, config.id)) !== undefined,
        lastTest: lastTests[config.id] ?? null,
      })),
    );
  }

  function recordTest(id: string, result: ConnectionTestResult): void {
    const document = accounts.read();
    // The account may have been removed while Amazon was answering.
    if (!document.accounts.some((a) => a.id === id)) return;
    accounts.write({
      ...document,
      lastTests: { ...document.lastTests, [id]: { at: deps.now().toISOString(), result } },
    });
  }

  return {
    'accounts.list': list,

    async 'accounts.save'({ config: draft, clientSecret, refreshToken }) {
      const checked = AccountConfigDraftSchema.safeParse(draft);
      if (!checked.success) throw new AccountConfigError(describeConfigIssues(checked.error));
      const previous = checked.data.id === undefined ? undefined : find(checked.data.id);
      if (!previous && (clientSecret === undefined || refreshToken === undefined)) {
        throw new AccountConfigError(
          'Could not save the account: a new account needs its client secret and its refresh token.',
        );
      }
      if (previous && previous.clientId !== checked.data.clientId && clientSecret === undefined) {
        throw new AccountConfigError(
          'Could not save the account: the client id changed, so enter the client secret that goes with it.',
        );
      }
      const config: AccountConfig = { ...checked.data, id: previous?.id ?? newId() };
      await writeAccountSecrets(secrets, config.id, { clientSecret, refreshToken });
      const document = accounts.read();
      // A changed config makes the last test's answer stale.
      const { [config.id]: _stale, ...lastTests } = document.lastTests;
      const others = document.accounts.filter((a) => a.id !== config.id);
      const position = previous ? document.accounts.findIndex((a) => a.id === config.id) : others.length;
      accounts.write({ accounts: others.toSpliced(position, 0, config), lastTests });
      return config;
    },

    async 'accounts.remove'({ id }) {
      find(id);
      await deleteAccountSecrets(secrets, id);
      const document = accounts.read();
      const { [id]: _removed, ...lastTests } = document.lastTests;
      accounts.write({ accounts: document.accounts.filter((a) => a.id !== id), lastTests });
      return list();
    },

    async 'accounts.test'({ id }) {
      const config = find(id);
      const stored = await readAccountSecrets(secrets, id);
      let result: ConnectionTestResult;
      if (!stored) result = missingSecretsResult();
      else {
        try {
          result = connectionTestResult(config, await deps.testConnection(config, stored), stored);
        } catch (error) {
          result = thrownTestResult(error, stored);
        }
      }
      recordTest(id, result);
      return result;
    },

    'metrics.latest': ({ accountId }) => latestMetrics(deps.readings(), accountId),
  };
}

/** "Could not save the account: Marketplaces: Germany (DE) is not served by the North America (NA) region." */
function describeConfigIssues(error: z.ZodError): string {
  const parts = error.issues.map((issue) => {
    const field = typeof issue.path[0] === 'string' ? (fieldNames[issue.path[0]] ?? issue.path[0]) : null;
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  return `Could not save the account: ${parts.join('; ')}.`;
}
