// The contract's account commands: list, save, remove and test SP-API accounts, and the latest
// metric readings for the Account health view. Configs go to accounts.json; secrets only to
// the Secrets port, and never back out through an answer or an error. Amazon itself is behind
// the ConnectionTester port: the SP-API source implements it, the composition root hands it in.
import type { CommandHandlers } from '../../../preload/contract';
import { AccountConfigDraftSchema, type AccountConfig } from '../../core/accounts/account-config';
import { configIssuesText } from '../../core/accounts/config-issue-text';
import {
  connectionTestResult,
  missingSecretsResult,
  thrownTestResult,
  type ConnectionTestResult,
} from '../../core/accounts/connection-test';
import { latestMetrics } from '../../core/health/latest-metrics';
import type { Translator } from '../../core/i18n/translator';
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
  /** The app's language at the moment an answer or an error is written. */
  translator: () => Translator;
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

/**
 * The stored secrets only ever go where they went when the seller typed them: a changed SP-API
 * or token endpoint (set, changed or cleared) needs both secrets again, so an edit alone cannot
 * send them to another server. The region alone does not count: without a custom endpoint it
 * only picks another of Amazon's own hosts, and the token endpoint stays Amazon's.
 */
function credentialsGoElsewhere(previous: AccountConfig, next: Pick<AccountConfig, 'endpoint' | 'tokenEndpoint'>) {
  return previous.endpoint !== next.endpoint || previous.tokenEndpoint !== next.tokenEndpoint;
}

export function createAccountHandlers(deps: AccountHandlerDeps): AccountHandlers {
  const { accounts, secrets } = deps;
  const newId = deps.newId ?? (() => `spapi-${crypto.randomUUID()}`);

  function find(id: string): AccountConfig {
    const config = accounts.read().accounts.find((a) => a.id === id);
    if (!config) throw new NotFoundError(deps.translator().t('errors.notFound.account', { id }));
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
      const t = deps.translator();
      const checked = AccountConfigDraftSchema.safeParse(draft);
      if (!checked.success)
        throw new AccountConfigError(
          t.t('errors.account.cannotSave', { problems: configIssuesText(checked.error, t) }),
        );
      const previous = checked.data.id === undefined ? undefined : find(checked.data.id);
      if (!previous && (clientSecret === undefined || refreshToken === undefined)) {
        throw new AccountConfigError(t.t('errors.account.newNeedsSecrets'));
      }
      if (previous && credentialsGoElsewhere(previous, checked.data) && (!clientSecret || !refreshToken)) {
        throw new AccountConfigError(t.t('errors.account.endpointChanged'));
      }
      if (previous && previous.clientId !== checked.data.clientId && clientSecret === undefined) {
        throw new AccountConfigError(t.t('errors.account.clientIdChanged'));
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
      if (!stored) result = missingSecretsResult(deps.translator());
      else {
        try {
          const probe = await deps.testConnection(config, stored);
          // Amazon may take seconds to answer: the words are those of the language by then.
          result = connectionTestResult(config, probe, stored, deps.translator());
        } catch (error) {
          result = thrownTestResult(error, stored, deps.translator());
        }
      }
      recordTest(id, result);
      return result;
    },

    'metrics.latest': ({ accountId }) => latestMetrics(deps.readings(), accountId),
  };
}
