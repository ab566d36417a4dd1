// A connection test's answer in the window's language, rebuilt from what the host found (the
// seller's name, the marketplaces it sells on, the kind of failure). An unexpected failure
// quotes Amazon, so the host's own message is shown for it as it is.
import type { MessageKey } from '../../../main/core/i18n/catalogue';
import type { Translator } from '../../../main/core/i18n/translator';
import type { ConnectionFailureKind, ConnectionTestResult } from '../../../preload/contract';
import { sentences } from '../../app/sentences';
import { marketplaceLabel } from '../../format/labels';

const failureKeys: Record<Exclude<ConnectionFailureKind, 'unexpected'>, MessageKey> = {
  'missing-secrets': 'accounts.test.missingSecrets',
  'refresh-token': 'accounts.test.refreshToken',
  'client-credentials': 'accounts.test.clientCredentials',
  'missing-role': 'accounts.test.missingRole',
  unreachable: 'accounts.test.unreachable',
  throttled: 'accounts.test.throttled',
};

/** `configured`: the account's marketplaces, in the order the seller chose them. */
export function testAnswerText(i18n: Translator, result: ConnectionTestResult, configured: readonly string[]): string {
  if (!result.ok) return result.kind === 'unexpected' ? result.message : i18n.t(failureKeys[result.kind]);
  const selling = new Set(result.marketplaces.filter((m) => m.participating).map((m) => m.id));
  const names = (ids: string[]) => i18n.list(ids.map((id) => marketplaceLabel(i18n, id)));
  const covered = configured.filter((id) => selling.has(id));
  const missing = configured.filter((id) => !selling.has(id));
  const parts = [
    result.sellerName
      ? i18n.t('accounts.test.connectedAs', { seller: result.sellerName })
      : i18n.t('accounts.test.connected'),
  ];
  if (covered.length) parts.push(i18n.t('accounts.test.sellingOn', { marketplaces: names(covered) }));
  if (missing.length) parts.push(i18n.t('accounts.test.notSellingOn', { marketplaces: names(missing) }));
  return sentences(i18n, parts);
}
