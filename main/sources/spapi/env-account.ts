// One SP-API account described by environment variables, for `flagwatch check --source spapi`
// in scripts and cron, where no window is there to add an account. The values get the same
// checks as an account added in the window; the host keeps the secrets in memory.
import { AccountConfigSchema, type AccountConfig } from '../../core/accounts/account-config';
import type { AccountSecrets } from '../../core/accounts/secret-names';
import { marketplaces } from '../../core/catalog/marketplaces';

export const envAccountId = 'env';
export const envAccountName = 'Amazon account (environment)';

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

export function accountFromEnvironment(env: NodeJS.ProcessEnv): EnvironmentAccount {
  const value = (name: string) => env[name]?.trim() || undefined;
  const missing = Object.keys(required).filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    throw new EnvironmentAccountError(
      `The SP-API source needs these environment variables, which are not set: ${missing.join(', ')}.`,
    );
  }
  const draft = {
    id: envAccountId,
    name: envAccountName,
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
    const problems = checked.error.issues.map(
      (issue) => `${variableOfField[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`,
    );
    throw new EnvironmentAccountError(`The SP-API environment variables are not valid: ${problems.join('; ')}.`);
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
