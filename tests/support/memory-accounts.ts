// Account handlers over memory, for tests of the app service and its hosts.
import { memorySecrets } from '../../main/adapters/secrets/memory-secrets';
import { createAccountHandlers, type AccountHandlers } from '../../main/app/commands/accounts';
import type { AccountsDocument, ConnectionTester } from '../../main/app/ports';
import { translatorFor } from '../../main/core/i18n/catalogues';
import { memoryDocument } from './memory-stores';

export function memoryAccountHandlers(
  testConnection: ConnectionTester = async () => ({ ok: false, kind: 'unreachable' }),
): AccountHandlers {
  return createAccountHandlers({
    accounts: memoryDocument<AccountsDocument>({ accounts: [], lastTests: {} }),
    secrets: memorySecrets(),
    testConnection,
    readings: () => [],
    now: () => new Date('2026-11-02T09:00:00.000Z'),
    translator: () => translatorFor('en'),
  });
}
