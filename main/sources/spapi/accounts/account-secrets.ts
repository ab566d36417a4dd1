// Where an account's secrets live in the Secrets port: one key per secret, named after the
// account, so removing an account can remove exactly its secrets.
import type { Secrets } from '../../../app/ports';

export const secretNames = ['clientSecret', 'refreshToken'] as const;
export type SecretName = (typeof secretNames)[number];

export type AccountSecrets = Record<SecretName, string>;

export function secretKey(accountId: string, name: SecretName): string {
  return `spapi:${accountId}:${name}`;
}

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
