// An Amazon account's two secrets and the key each has in the Secrets port: one key per secret,
// named after the account, so removing an account can remove exactly its secrets.
export const secretNames = ['clientSecret', 'refreshToken'] as const;
export type SecretName = (typeof secretNames)[number];

export type AccountSecrets = Record<SecretName, string>;

export function secretKey(accountId: string, name: SecretName): string {
  return `spapi:${accountId}:${name}`;
}
