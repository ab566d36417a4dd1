// The app service's dependencies for a test: memory stores and accounts, a fake clock, no
// source, and notifications and log lines that go nowhere. A test passes what it is about (its
// sources, stores and clock, the notifier or logger it reads back) as overrides.
import type { Stores } from '../../main/app/ports';
import type { AppDependencies } from '../../main/app/service';
import { createFakeClock } from './fake-clock';
import { memoryAccountHandlers } from './memory-accounts';
import { memoryStores } from './memory-stores';
import { silentLogger } from './silent-logger';

export function testAppDependencies(overrides: Partial<AppDependencies> = {}): AppDependencies {
  return {
    stores: memoryStores(),
    sources: [],
    accountHandlers: memoryAccountHandlers(),
    notifier: { show: async () => {} },
    clock: createFakeClock(),
    logger: silentLogger,
    ...overrides,
  };
}

/**
 * Switches the morning digest off in `stores`: the fake clock starts at nine, when the digest
 * would join in and add a notification (and read the appeals) the test is not about.
 */
export function turnOffMorningDigest(stores: Stores): void {
  const { settings } = stores.settings.read();
  stores.settings.write({ settings: { ...settings, digest: { ...settings.digest, enabled: false } } });
}
