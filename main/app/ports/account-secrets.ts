// An account's secrets read, written and removed through the Secrets port, under the keys core
// names (secret-names.ts): the window's account commands write them, the SP-API source reads them.
import { secretKey, secretNames, type AccountSecrets } from '../../core/accounts/secret-names';
import type { Secrets } from './index';

/** Both secrets of an account, or undefined when either is missing. */
export async function readAccountSecrets(secrets: Secrets, accountId: string): Promise<AccountSecrets | undefined> {
  const [clientSecret, refreshToken] = await Promise.all(
    secretNames.map((name) => secrets.get(secretKey(accountId, name))),
  );
  return clientSecret && refreshToken ? { clientSecret, refreshToken } : undefined;
}

/** Stores the secrets given; a secret not given keeps its stored value. */
export async function writeAccountSecrets(
  secrets: Secrets,
  accountId: string,
  given: Partial<AccountSecrets>,
): Promise<void> {
  for (const name of secretNames) {
    const value = given[name];
    if (value !== undefined) await secrets.set(secretKey(accountId, name), value);
  }
}

export async function deleteAccountSecrets(secrets: Secrets, accountId: string): Promise<void> {
  for (const name of secretNames) await secrets.delete(secretKey(accountId, name));
}
