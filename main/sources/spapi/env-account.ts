// One SP-API account described by environment variables, for `flagwatch check --source spapi`
// in scripts and cron, where no window is there to add an account. The values get the same
// checks as an account added in the window; the host keeps the secrets in memory.
import { AccountConfigSchema, type AccountConfig } from '../../core/accounts/account-config';
import { configFieldOf, configProblemText } from '../../core/accounts/config-issue-text';
import type { AccountSecrets } from '../../core/accounts/secret-names';
import { marketplaces } from '../../core/catalog/marketplaces';
import type { Translator } from '../../core/i18n/translator';

export const envAccountId = 'env';

/** Required variables, and the account field each fills. */
const required = {
  FLAGWATCH_SPAPI_CLIENT_ID: 'clientId',
  FLAGWATCH_SPAPI_CLIENT_SECRET: 'clientSecret',
  FLAGWATCH_SPAPI_REFRESH_TOKEN: 'refreshToken',
  FLAGWATCH_SPAPI_REGION: 'region',
  FLAGWATCH_SPAPI_SELLER_ID: 'sellerId',
  FLAGWATCH_SPAPI_MARKETPLACES: 'marketplaceIds',
} as const;

/** Any variable with this prefix means the environment holds an account. */
export const spapiEnvPrefix = 'FLAGWATCH_SPAPI_';
export const requiredVariables = Object.keys(required);

const optional = {
  FLAGWATCH_SPAPI_ENDPOINT: 'endpoint',
  FLAGWATCH_LWA_ENDPOINT: 'tokenEndpoint',
} as const;

const variableOfField: Record<string, string> = Object.fromEntries(
  Object.entries({ ...required, ...optional }).map(([variable, field]) => [field, variable]),
);

export class EnvironmentAccountError extends Error {
  override name = 'EnvironmentAccountError';
}

export interface EnvironmentAccount {
  config: AccountConfig;
  /** The account's client secret and refresh token, for the host to keep in memory only. */
  secrets: AccountSecrets;
}

/** The account, or an EnvironmentAccountError in `t`'s language naming each variable that is missing or wrong. */
export function accountFromEnvironment(env: NodeJS.ProcessEnv, t: Translator): EnvironmentAccount {
  const value = (name: string) => env[name]?.trim() || undefined;
  const missing = Object.keys(required).filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    throw new EnvironmentAccountError(t.t('spapi.env.missing', { variables: missing.join(', ') }));
  }
  const draft = {
    id: envAccountId,
    name: t.t('spapi.env.accountName'),
    clientId: value('FLAGWATCH_SPAPI_CLIENT_ID'),
    region: value('FLAGWATCH_SPAPI_REGION')?.toUpperCase(),
    sellerId: value('FLAGWATCH_SPAPI_SELLER_ID'),
    marketplaceIds: marketplaceIdsOf(value('FLAGWATCH_SPAPI_MARKETPLACES')!),
    ...Object.fromEntries(
      Object.entries(optional).flatMap(([variable, field]) => (value(variable) ? [[field, value(variable)]] : [])),
    ),
  };
  const checked = AccountConfigSchema.safeParse(draft);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => {
      const field = configFieldOf(issue) ?? '';
      return t.t('errors.account.issue', {
        field: variableOfField[field] ?? field,
        problem: configProblemText(issue, t),
      });
    });
    throw new EnvironmentAccountError(
      t.t('spapi.env.invalid', {
        problems: problems.reduce((first, second) => t.t('errors.account.issues', { first, second })),
      }),
    );
  }
  const secrets: AccountSecrets = {
    clientSecret: value('FLAGWATCH_SPAPI_CLIENT_SECRET')!,
    refreshToken: value('FLAGWATCH_SPAPI_REFRESH_TOKEN')!,
  };
  return { config: checked.data, secrets };
}

/** "ATVPDKIKX0DER, CA" → ids; a country code stands for its marketplace, for convenience. */
function marketplaceIdsOf(list: string): string[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => marketplaces.find((m) => m.code === part.toUpperCase())?.id ?? part);
}
