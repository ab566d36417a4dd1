// A connection test's answer in the reader's language, from what the test found (the seller's
// name, the marketplaces it sells on, the kind of failure). Main writes it into the answer; the
// window says it again in its own language. An unexpected failure quotes Amazon, so its message
// is kept as it was written.
import { marketplaceNameAndCode } from '../catalog/marketplace-name';
import type { MessageKey } from '../i18n/catalogue';
import { sentences } from '../i18n/sentences';
import type { Translator } from '../i18n/translator';
import type { ConnectionFailureKind, ConnectionTestResult } from './connection-test';

const failureKeys: Record<Exclude<ConnectionFailureKind, 'unexpected'>, MessageKey> = {
  'missing-secrets': 'accounts.test.missingSecrets',
  'refresh-token': 'accounts.test.refreshToken',
  'client-credentials': 'accounts.test.clientCredentials',
  'missing-role': 'accounts.test.missingRole',
  unreachable: 'accounts.test.unreachable',
  throttled: 'accounts.test.throttled',
};

/** What a failure of this kind means and what to do. */
export function connectionFailureText(t: Translator, kind: Exclude<ConnectionFailureKind, 'unexpected'>): string {
  return t.t(failureKeys[kind]);
}

/** `configured`: the account's marketplaces, in the order the seller chose them. */
export function connectionTestText(t: Translator, result: ConnectionTestResult, configured: readonly string[]): string {
  if (!result.ok) return result.kind === 'unexpected' ? result.message : connectionFailureText(t, result.kind);
  const selling = new Set(result.marketplaces.filter((m) => m.participating).map((m) => m.id));
  const names = (ids: string[]) => t.list(ids.map((id) => marketplaceNameAndCode(id, t)));
  const covered = configured.filter((id) => selling.has(id));
  const missing = configured.filter((id) => !selling.has(id));
  return sentences(t, [
    result.sellerName
      ? t.t('accounts.test.connectedAs', { seller: result.sellerName })
      : t.t('accounts.test.connected'),
    covered.length ? t.t('accounts.test.sellingOn', { marketplaces: names(covered) }) : '',
    missing.length ? t.t('accounts.test.notSellingOn', { marketplaces: names(missing) }) : '',
  ]);
}
