// What a host hands the composed app, quiet: notifications and log lines go nowhere, secrets stay
// in memory, the clock is a fake one, no environment and no system language. A test names the
// part it is about (a real clock, the secrets it reads back, a language) as an override.
import { memorySecrets } from '../../main/adapters/secrets/memory-secrets';
import type { HostParts } from '../../main/compose/compose-app';
import { createFakeClock } from './fake-clock';
import { silentLogger } from './silent-logger';

export function quietHostParts(overrides: Partial<HostParts> = {}): HostParts {
  return {
    notifier: { show: async () => {} },
    logger: silentLogger,
    clock: createFakeClock(),
    secrets: memorySecrets(),
    env: {},
    systemLanguages: [],
    ...overrides,
  };
}
