// Account commands over memory, for tests of the app service and its hosts.
import { memorySecrets } from '../../main/adapters/secrets/memory-secrets';
import { createAccountCommands, type AccountCommands } from '../../main/sources/spapi/accounts/account-commands';
import type { AccountsDocument } from '../../main/sources/spapi/accounts/accounts-document';
import type { ConnectionTester } from '../../main/sources/spapi/accounts/connection-test';
import { memoryDocument } from './memory-stores';

export function memoryAccountCommands(
  testConnection: ConnectionTester = async () => ({ ok: false, kind: 'unreachable' }),
): AccountCommands {
  return createAccountCommands({
    accounts: memoryDocument<AccountsDocument>({ accounts: [], lastTests: {} }),
    secrets: memorySecrets(),
    testConnection,
    readings: () => [],
    now: () => new Date('2026-11-02T09:00:00.000Z'),
  });
}
